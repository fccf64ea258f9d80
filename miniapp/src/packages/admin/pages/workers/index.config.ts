export default definePageConfig({ navigationBarTitleText: '劳动者信息' });
