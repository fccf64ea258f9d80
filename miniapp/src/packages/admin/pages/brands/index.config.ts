export default definePageConfig({
  navigationBarTitleText: '品牌管理',
  enablePullDownRefresh: true,
});
