export default definePageConfig({
  navigationBarTitleText: '劳务品牌服务平台',
  enablePullDownRefresh: true,
});
