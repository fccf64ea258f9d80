export default definePageConfig({
  navigationBarTitleText: '岗位管理',
  enablePullDownRefresh: true,
});
