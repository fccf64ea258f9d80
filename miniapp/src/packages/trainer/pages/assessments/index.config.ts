export default definePageConfig({
  navigationBarTitleText: '技能评价',
  enablePullDownRefresh: true,
});
