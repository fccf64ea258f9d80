export default definePageConfig({ navigationBarTitleText: '劳动者详情' });
