import { screen } from '@testing-library/react';
import { SessionCard } from '../../src/components/session-card';
import { chinaToday } from '../../src/utils/catalogue';
import { SESSION } from './catalogue-fixtures';
import { renderSettled } from './ui';

const day = (offset: number) => chinaToday(new Date(Date.now() + offset * 86_400_000));

describe('SessionCard', () => {
  it('offers the seats left while sign-up is open', async () => {
    await renderSettled(
      <SessionCard session={{ ...SESSION, seatsLeft: 7, enrolClosesAt: day(1) }} />,
    );
    expect(screen.getByText('剩余 7 个名额')).toBeTruthy();
  });

  it('says 报名已截止 for a class whose sign-up has closed, whatever seats are left', async () => {
    await renderSettled(
      <SessionCard session={{ ...SESSION, seatsLeft: 7, enrolClosesAt: day(-3) }} />,
    );
    expect(screen.getByText('报名已截止')).toBeTruthy();
    expect(screen.queryByText('剩余 7 个名额')).toBeNull();
  });
});
