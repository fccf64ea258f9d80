export default definePageConfig({
  navigationBarTitleText: '培训班次',
  enablePullDownRefresh: true,
});
