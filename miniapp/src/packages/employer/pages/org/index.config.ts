export default definePageConfig({ navigationBarTitleText: '单位信息' });
