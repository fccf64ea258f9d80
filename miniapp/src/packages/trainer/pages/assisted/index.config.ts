export default definePageConfig({ navigationBarTitleText: '代为登记劳动者' });
