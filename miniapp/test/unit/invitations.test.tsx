import { screen } from '@testing-library/react';
import Taro, { useRouter } from '@tarojs/taro';
import type { CandidateRecommendationView, JobInvitationView } from '@app/shared/api';
import CandidatesPage from '../../src/packages/employer/pages/candidates/index';
import MyApplicationsPage from '../../src/packages/worker/pages/applications/index';
import InboxPage from '../../src/packages/worker/pages/inbox/index';
import { saveLogin } from '../../src/services/auth-store';
import { pathOf, sentCalls, sentWith, serve } from './catalogue-fixtures';
import { fail, ok, WORKER_LOGIN } from './fixtures';
import { application, invitation, JOB, SPECIAL_JOB } from './job-fixtures';
import { candidate, EMPLOYER_USER } from './recommendation-fixtures';
import { click, renderSettled } from './ui';

const mockRouter = useRouter as unknown as jest.Mock;
const mockModal = Taro.showModal as unknown as jest.Mock;

/** The candidate cards in page order, keyed by the name each shows. */
function cardsByName(container: HTMLElement): Record<string, HTMLElement> {
  const cards = Array.from(container.querySelectorAll<HTMLElement>('.candidate'));
  return Object.fromEntries(
    cards.map((c) => [c.querySelector('.candidate__name')?.textContent ?? '', c]),
  );
}

const person = (workerId: string, name: string, phone: string | null = null) => ({
  ...candidate().candidate,
  workerId,
  name,
  phone,
});

describe('推荐人选: 邀请投递', () => {
  let items: CandidateRecommendationView[];
  let jobStatus: 'open' | 'closed';
  let invite: () => { statusCode: number; data: unknown };

  beforeEach(() => {
    saveLogin({ ...WORKER_LOGIN, user: EMPLOYER_USER });
    mockRouter.mockReturnValue({ params: { jobId: 'j1' } });
    jobStatus = 'open';
    items = [candidate()];
    invite = () => ok({ invitation: invitation({ workerId: 'u1' }) });
    serve((method, path) => {
      if (method === 'GET' && path === '/jobs/j1')
        return ok({ job: { ...JOB, status: jobStatus } });
      if (method === 'GET' && path === '/employer/jobs/j1/candidates') return ok({ items });
      if (method === 'POST' && path === '/employer/jobs/j1/invitations') return invite();
      return undefined;
    });
  });

  it('is offered only to candidates who have neither applied nor been invited', async () => {
    items = [
      candidate(),
      candidate({ candidate: person('u2', '李春燕', '13800000002'), applied: true }),
      candidate({ candidate: person('u3', '覃**'), invitation: 'pending' }),
      candidate({
        candidate: person('u4', '韦丽娟', '13800000004'),
        invitation: 'accepted',
      }),
      candidate({ candidate: person('u5', '陆**'), invitation: 'declined' }),
    ];
    const { container } = await renderSettled(<CandidatesPage />);
    const cards = cardsByName(container);
    expect(screen.getAllByText('邀请投递')).toHaveLength(1);
    expect(cards['黄**'].textContent).toContain('邀请投递');
    expect(cards['李春燕'].textContent).toContain('查看投递');
    expect(cards['李春燕'].textContent).not.toContain('邀请投递');
    // each answer in the card's title line; nothing more to tap
    expect(cards['覃**'].querySelector('.candidate__invitation')?.textContent).toBe('已邀请');
    expect(cards['覃**'].querySelector('button')).toBeNull();
    expect(cards['陆**'].querySelector('.candidate__invitation')?.textContent).toBe('已婉拒');
    expect(cards['陆**'].querySelector('button')).toBeNull();
    // accepted: the full name and phone come from the server
    const accepted = cards['韦丽娟'];
    expect(accepted.querySelector('.candidate__invitation')?.textContent).toBe('已接受');
    expect(accepted.textContent).toContain('13800000004');
    expect(accepted.textContent).toContain('对方已接受邀请');
    expect(accepted.querySelector('button')).toBeNull();
    // a masked candidate shows no phone at all
    expect(cards['黄**'].textContent).not.toContain('电话');
  });

  it('is not offered once the job has closed', async () => {
    jobStatus = 'closed';
    await renderSettled(<CandidatesPage />);
    expect(screen.getByText('黄**')).toBeTruthy();
    expect(screen.queryByText('邀请投递')).toBeNull();
  });

  it('invites after a confirmation: sends the workerId, then the card says 已邀请', async () => {
    const { container } = await renderSettled(<CandidatesPage />);
    await click('邀请投递');
    expect(mockModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '邀请投递',
        content: expect.stringContaining('邀请黄**投递“牛仔服装车位工”'),
      }),
    );
    const posted = sentWith('POST').filter((o) => pathOf(o) === '/employer/jobs/j1/invitations');
    expect(posted.map((o) => o.data)).toEqual([{ workerId: 'u1' }]);
    const card = cardsByName(container)['黄**'];
    expect(card.querySelector('.candidate__invitation')?.textContent).toBe('已邀请');
    expect(screen.queryByText('邀请投递')).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已发出邀请' }));
  });

  it('sends nothing when the employer thinks again', async () => {
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await renderSettled(<CandidatesPage />);
    await click('邀请投递');
    expect(sentCalls()).not.toContain('POST /employer/jobs/j1/invitations');
    expect(screen.getByText('邀请投递')).toBeTruthy();
  });

  it('shows the server’s message on a 409 and the card as the server now has it', async () => {
    invite = () => {
      // another staff member invited a moment before
      items = [candidate({ invitation: 'pending' })];
      return fail(409, 'INVITATION_EXISTS', '已经邀请过这位求职者投递该岗位');
    };
    const { container } = await renderSettled(<CandidatesPage />);
    await click('邀请投递');
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '已经邀请过这位求职者投递该岗位', icon: 'none' }),
    );
    expect(sentCalls().filter((c) => c === 'GET /employer/jobs/j1/candidates')).toHaveLength(2);
    const card = cardsByName(container)['黄**'];
    expect(card.querySelector('.candidate__invitation')?.textContent).toBe('已邀请');
    expect(screen.queryByText('邀请投递')).toBeNull();
  });

  it('shows ALREADY_APPLIED in Chinese too', async () => {
    invite = () => fail(409, 'ALREADY_APPLIED', '对方已投递该岗位，无需邀请');
    await renderSettled(<CandidatesPage />);
    await click('邀请投递');
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '对方已投递该岗位，无需邀请' }),
    );
  });
});

describe('我的投递: 岗位邀请', () => {
  let invitations: JobInvitationView[];
  let answer: (id: string, action: 'accept' | 'decline') => { statusCode: number; data: unknown };

  beforeEach(() => {
    saveLogin(WORKER_LOGIN);
    invitations = [invitation()];
    answer = (id, action) => {
      const found = invitations.find((i) => i.id === id) as JobInvitationView;
      const status = action === 'accept' ? ('accepted' as const) : ('declined' as const);
      return ok({
        invitation: { ...found, status, respondedAt: '2026-11-25T02:00:00.000Z' },
      });
    };
    serve((method, path) => {
      if (method === 'GET' && path === '/applications/mine') {
        return ok({ items: [application({ id: 'a2', job: SPECIAL_JOB, jobId: 'j2' })] });
      }
      if (method === 'GET' && path === '/invitations/mine') return ok({ items: invitations });
      const answered = /^\/invitations\/([^/]+)\/(accept|decline)$/.exec(path);
      if (method === 'POST' && answered) {
        return answer(answered[1], answered[2] as 'accept' | 'decline');
      }
      return undefined;
    });
  });

  const invitationCards = (container: HTMLElement) =>
    Array.from(container.querySelectorAll<HTMLElement>('.invitation'));

  it('comes above the applications: the job, employer, salary, place, message, date, 接受 and 婉拒', async () => {
    const { container } = await renderSettled(<MyApplicationsPage />);
    const headings = Array.from(container.querySelectorAll('.section-title')).map(
      (h) => h.textContent,
    );
    expect(headings).toEqual(['岗位邀请', '我的投递']);
    const [card] = invitationCards(container);
    for (const text of [
      '牛仔服装车位工',
      '待回复',
      '玉林福绵服装有限公司',
      '4500–6000元/月',
      '福绵区 福绵镇服装产业园8号',
      '看了你的证书，欢迎来厂里看看',
      '2026-11-24',
      '接受',
      '婉拒',
    ]) {
      expect(card.textContent).toContain(text);
    }
    // the applications follow, under their own heading
    const application = container.querySelector('.my-applications__card') as HTMLElement;
    expect(application.textContent).toContain('服装熨烫工');
    expect(
      card.compareDocumentPosition(application) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // the job title opens the job
    await click('牛仔服装车位工', card);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/job/index?id=j1',
    });
  });

  it('accepts at once: POST, then 已接受, what the employer now sees, and 去投递 to the job', async () => {
    const { container } = await renderSettled(<MyApplicationsPage />);
    await click('接受');
    expect(mockModal).not.toHaveBeenCalled();
    expect(sentCalls()).toContain('POST /invitations/i1/accept');
    const [card] = invitationCards(container);
    expect(card.textContent).toContain('已接受');
    expect(card.textContent).toContain(
      '你已接受邀请，玉林福绵服装有限公司现在可以看到你的姓名和电话。',
    );
    expect(card.textContent).not.toContain('婉拒');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已接受' }));
    await click('去投递', card);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/job/index?id=j1',
    });
  });

  it('declines only after a confirmation', async () => {
    mockModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    const { container } = await renderSettled(<MyApplicationsPage />);
    await click('婉拒');
    expect(mockModal).toHaveBeenCalledWith(expect.objectContaining({ title: '婉拒邀请' }));
    expect(sentCalls()).not.toContain('POST /invitations/i1/decline');
    expect(screen.getByText('接受')).toBeTruthy();

    await click('婉拒');
    expect(sentCalls()).toContain('POST /invitations/i1/decline');
    const [card] = invitationCards(container);
    expect(card.querySelector('.tag')?.textContent).toBe('已婉拒');
    expect(card.querySelector('button')).toBeNull();
  });

  it('shows answered invitations with their label and no buttons; no 去投递 once applied', async () => {
    invitations = [
      invitation({ id: 'i2', status: 'accepted', job: SPECIAL_JOB, jobId: 'j2', message: null }),
      invitation({ id: 'i3', status: 'declined' }),
    ];
    const { container } = await renderSettled(<MyApplicationsPage />);
    const [accepted, declined] = invitationCards(container);
    expect(accepted.querySelector('.tag')?.textContent).toBe('已接受');
    expect(accepted.textContent).not.toContain('单位留言');
    // applied to j2 already (the application below): nothing to go and apply for
    expect(accepted.textContent).not.toContain('去投递');
    expect(declined.querySelector('.tag')?.textContent).toBe('已婉拒');
    expect(container.querySelectorAll('.invitation button')).toHaveLength(0);
  });

  it('shows the server’s message when the invitation was answered meanwhile, and what it now holds', async () => {
    answer = () => {
      invitations = [invitation({ status: 'declined' })];
      return fail(409, 'INVITATION_ANSWERED', '这条邀请已经回复过了');
    };
    const { container } = await renderSettled(<MyApplicationsPage />);
    await click('接受');
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '这条邀请已经回复过了', icon: 'none' }),
    );
    expect(sentCalls().filter((c) => c === 'GET /invitations/mine')).toHaveLength(2);
    expect(invitationCards(container)[0].querySelector('.tag')?.textContent).toBe('已婉拒');
  });

  it('has no 岗位邀请 section when there are none', async () => {
    invitations = [];
    const { container } = await renderSettled(<MyApplicationsPage />);
    expect(screen.queryByText('岗位邀请')).toBeNull();
    expect(container.querySelectorAll('.section-title')).toHaveLength(0);
    expect(container.querySelector('.my-applications__card')?.textContent).toContain('服装熨烫工');
  });

  it('is where a job.invited message leads', async () => {
    serve((method, path) => {
      if (method === 'GET' && path === '/notifications/mine') {
        return ok({
          items: [
            {
              id: 'n-inv',
              kind: 'job.invited',
              title: '岗位邀请',
              body: '玉林福绵服装有限公司邀请你投递“牛仔服装车位工”。',
              link: '/packages/worker/pages/applications/index',
              createdAt: '2026-11-24T02:00:00.000Z',
              readAt: '2026-11-24T03:00:00.000Z',
            },
          ],
          unread: 0,
        });
      }
      return undefined;
    });
    mockRouter.mockReturnValue({ params: {} });
    await renderSettled(<InboxPage />);
    await click('岗位邀请');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/worker/pages/applications/index',
    });
  });
});
