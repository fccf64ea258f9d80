import Taro from '@tarojs/taro';
import { ApiError } from '../../src/services/api-error';
import { getAccessToken, saveLogin } from '../../src/services/auth-store';
import { download } from '../../src/services/request';
import { ok, WORKER, WORKER_LOGIN } from './fixtures';

const mockRequest = Taro.request as unknown as jest.Mock;

const SHEET_PATH = '/provider/sessions/s1/attendance.xlsx';
const SHEET_URL = `https://api.test/api/v1${SHEET_PATH}`;

/** What the browser's fetch answers in these tests (only what download reads). */
function answer(status: number, body: unknown = null) {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => {
      if (body === null) throw new SyntaxError('not JSON');
      return body;
    },
    blob: async () => new Blob(['xlsx bytes']),
  };
}

/** The weapp file API, added to the Taro mock for these tests. */
const weapp = {
  downloadFile: jest.fn(),
  openDocument: jest.fn(),
  readFileSync: jest.fn(),
};

describe('download (H5)', () => {
  const fetchMock = jest.fn();
  let saved: { href: string; download: string }[] = [];

  beforeEach(() => {
    saveLogin(WORKER_LOGIN);
    saved = [];
    fetchMock.mockReset();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    URL.createObjectURL = jest.fn(() => 'blob:https://h5.test/sheet');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => jest.restoreAllMocks());

  it('fetches with the bearer token and saves the file through an <a download> link', async () => {
    fetchMock.mockResolvedValueOnce(answer(200));
    await download(SHEET_PATH, '福绵裁缝 第1期-考勤表.xlsx');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(SHEET_URL);
    expect(init.headers).toEqual({ authorization: 'Bearer access-1' });
    expect(saved).toEqual([
      { href: 'blob:https://h5.test/sheet', download: '福绵裁缝 第1期-考勤表.xlsx' },
    ]);
    // The link does not stay in the page.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('keeps path separators and reserved characters out of the file name', async () => {
    fetchMock.mockResolvedValueOnce(answer(200));
    await download(SHEET_PATH, '../12/1 班: "缝纫"?-考勤表.xlsx');
    expect(saved[0].download).toBe('12_1 班_ _缝纫_-考勤表.xlsx');
  });

  it('on a 401 refreshes the token once and fetches again with the new one', async () => {
    fetchMock.mockResolvedValueOnce(answer(401)).mockResolvedValueOnce(answer(200));
    mockRequest.mockResolvedValueOnce(
      ok({ ...WORKER_LOGIN, accessToken: 'access-2', refreshToken: 'refresh-2', user: WORKER }),
    );
    await download(SHEET_PATH, '考勤表.xlsx');
    expect(mockRequest.mock.calls[0][0]).toMatchObject({
      url: 'https://api.test/api/v1/auth/refresh',
      method: 'POST',
    });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((fetchMock.mock.calls[1][1] as RequestInit).headers).toEqual({
      authorization: 'Bearer access-2',
    });
    expect(saved).toHaveLength(1);
  });

  it('signs out when the refresh is refused too', async () => {
    fetchMock.mockResolvedValue(answer(401));
    mockRequest.mockResolvedValueOnce({
      statusCode: 401,
      data: { code: 'TOKEN_INVALID', message: '登录凭证无效，请重新登录' },
    });
    const error = await download(SHEET_PATH, '考勤表.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(getAccessToken()).toBeNull();
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    expect(saved).toEqual([]);
  });

  it('turns an error answer into an ApiError with the server’s Chinese message', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(404, { code: 'NOT_FOUND', message: '没有找到这个培训班次' }),
    );
    const error = await download(SHEET_PATH, '考勤表.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: '没有找到这个培训班次',
    });
    expect(saved).toEqual([]);
  });

  it('says the network is down in Chinese when the fetch fails', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const error = await download(SHEET_PATH, '考勤表.xlsx').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK', status: 0 });
    expect((error as ApiError).message).toMatch(/网络/);
  });
});

describe('download (weapp)', () => {
  const env = process.env.TARO_ENV;
  const taro = Taro as unknown as Record<string, unknown>;

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    saveLogin(WORKER_LOGIN);
    weapp.downloadFile.mockReset();
    weapp.openDocument.mockReset().mockResolvedValue({ errMsg: 'openDocument:ok' });
    weapp.readFileSync.mockReset();
    taro.downloadFile = weapp.downloadFile;
    taro.openDocument = weapp.openDocument;
    taro.getFileSystemManager = () => ({ readFileSync: weapp.readFileSync });
    taro.env = { USER_DATA_PATH: 'wxfile://usr' };
  });

  afterEach(() => {
    process.env.TARO_ENV = env;
    delete taro.downloadFile;
    delete taro.openDocument;
    delete taro.getFileSystemManager;
    delete taro.env;
  });

  it('downloads with the bearer token under the file’s own name and opens it with the menu', async () => {
    weapp.downloadFile.mockResolvedValueOnce({
      statusCode: 200,
      filePath: 'wxfile://usr/福绵裁缝-考勤表.xlsx',
      tempFilePath: '',
    });
    await download(SHEET_PATH, '福绵裁缝-考勤表.xlsx');
    expect(weapp.downloadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: SHEET_URL,
        header: { authorization: 'Bearer access-1' },
        filePath: 'wxfile://usr/福绵裁缝-考勤表.xlsx',
      }),
    );
    expect(weapp.openDocument).toHaveBeenCalledWith({
      filePath: 'wxfile://usr/福绵裁缝-考勤表.xlsx',
      fileType: 'xlsx',
      showMenu: true,
    });
  });

  it('opens the temporary file when there is no user data folder', async () => {
    taro.env = {};
    weapp.downloadFile.mockResolvedValueOnce({ statusCode: 200, tempFilePath: 'wxfile://tmp_1' });
    await download(SHEET_PATH, '考勤表.xlsx');
    expect(weapp.downloadFile.mock.calls[0][0].filePath).toBeUndefined();
    expect(weapp.openDocument).toHaveBeenCalledWith(
      expect.objectContaining({ filePath: 'wxfile://tmp_1', fileType: 'xlsx' }),
    );
  });

  it('reads the server’s message from an error answer written to the file', async () => {
    weapp.downloadFile.mockResolvedValueOnce({ statusCode: 403, filePath: 'wxfile://usr/x' });
    weapp.readFileSync.mockReturnValueOnce(
      JSON.stringify({ code: 'FORBIDDEN', message: '没有权限执行此操作' }),
    );
    const error = await download(SHEET_PATH, '考勤表.xlsx').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403, message: '没有权限执行此操作' });
    expect(weapp.openDocument).not.toHaveBeenCalled();
  });

  it('on a 401 refreshes once and downloads again with the new token', async () => {
    weapp.downloadFile
      .mockResolvedValueOnce({ statusCode: 401, filePath: 'wxfile://usr/x' })
      .mockResolvedValueOnce({ statusCode: 200, filePath: 'wxfile://usr/考勤表.xlsx' });
    mockRequest.mockResolvedValueOnce(
      ok({ ...WORKER_LOGIN, accessToken: 'access-2', refreshToken: 'refresh-2', user: WORKER }),
    );
    await download(SHEET_PATH, '考勤表.xlsx');
    expect(weapp.downloadFile.mock.calls[1][0].header).toEqual({
      authorization: 'Bearer access-2',
    });
    expect(weapp.openDocument).toHaveBeenCalledTimes(1);
  });

  it('says so in Chinese when the phone cannot open the file', async () => {
    weapp.downloadFile.mockResolvedValueOnce({ statusCode: 200, filePath: 'wxfile://usr/a.xlsx' });
    weapp.openDocument.mockRejectedValueOnce({
      errMsg: 'openDocument:fail filetype not supported',
    });
    const error = await download(SHEET_PATH, 'a.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/打不开/);
  });

  it('says the network is down when the download fails', async () => {
    weapp.downloadFile.mockRejectedValueOnce({ errMsg: 'downloadFile:fail' });
    const error = await download(SHEET_PATH, 'a.xlsx').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK' });
  });
});
