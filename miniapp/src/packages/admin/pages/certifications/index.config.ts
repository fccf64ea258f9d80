export default definePageConfig({
  navigationBarTitleText: '证书发放',
  enablePullDownRefresh: true,
});
