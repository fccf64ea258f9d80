export default definePageConfig({
  navigationBarTitleText: '推荐人选',
  enablePullDownRefresh: true,
});
