export default definePageConfig({
  navigationBarTitleText: '投递人员',
  enablePullDownRefresh: true,
});
