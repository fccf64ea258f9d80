export default definePageConfig({
  navigationBarTitleText: '培训班详情',
  enablePullDownRefresh: true,
});
