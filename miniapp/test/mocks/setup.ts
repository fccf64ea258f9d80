import Taro from '@tarojs/taro';

// Every test starts signed out with no stored data.
beforeEach(() => Taro.clearStorageSync());
