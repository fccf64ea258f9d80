export default definePageConfig({
  navigationBarTitleText: '结业审核',
  enablePullDownRefresh: true,
});
