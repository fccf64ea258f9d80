export default definePageConfig({
  navigationBarTitleText: '培训清单',
  enablePullDownRefresh: true,
});
