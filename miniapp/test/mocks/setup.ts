import Taro, { useRouter } from '@tarojs/taro';
import { phoneButton } from './components';
import { unmockedRequest } from './taro';

// Every test starts signed out with no stored data, no queued server answers and no page query.
beforeEach(() => {
  Taro.clearStorageSync();
  (Taro.request as unknown as jest.Mock).mockReset().mockImplementation(unmockedRequest);
  (useRouter as unknown as jest.Mock).mockReturnValue({ params: {} });
  (Taro.getCurrentPages as unknown as jest.Mock).mockReturnValue([]);
  (Taro.showModal as unknown as jest.Mock).mockResolvedValue({ confirm: true, cancel: false });
  phoneButton.code = 'phone-code';
});
