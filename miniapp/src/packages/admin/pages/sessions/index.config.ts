export default definePageConfig({
  navigationBarTitleText: '辖区班次',
  enablePullDownRefresh: true,
});
