export default definePageConfig({
  navigationBarTitleText: '点名',
  enablePullDownRefresh: true,
});
