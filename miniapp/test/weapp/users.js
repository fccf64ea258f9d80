/** Users the weapp tests start signed in as, and the storage a login leaves behind. */

const ADMIN = {
  id: 'a1',
  displayName: '玉林市人社局',
  roles: ['admin'],
  status: 'active',
  phoneMasked: '138****0009',
  regionCode: '450900',
  wechatBound: false,
  employerId: null,
  providerId: null,
  providerRole: null,
  hasWorkerProfile: false,
};

const WORKER = {
  id: 'u1',
  displayName: '黄秀梅',
  roles: ['worker'],
  status: 'active',
  phoneMasked: '138****0001',
  regionCode: null,
  wechatBound: true,
  employerId: null,
  providerId: null,
  providerRole: null,
  hasWorkerProfile: true,
};

/** wx storage after `user` logged in: tokens `token-<tag>` and `refresh-<tag>`, and the user. */
function signedIn(user, tag) {
  return new Map([
    ['lb.accessToken', `token-${tag}`],
    ['lb.refreshToken', `refresh-${tag}`],
    ['lb.user', user],
  ]);
}

module.exports = { ADMIN, WORKER, signedIn };
