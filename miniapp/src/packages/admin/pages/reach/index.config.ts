export default definePageConfig({
  navigationBarTitleText: '推荐覆盖',
  enablePullDownRefresh: true,
});
