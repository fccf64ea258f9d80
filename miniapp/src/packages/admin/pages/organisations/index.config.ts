export default definePageConfig({ navigationBarTitleText: '机构审核' });
