/** Names shared by the fairs service and the demo seed, so both write the same rows. */

/** The public fair page (catalogue sub-package); the notification opens the fair itself. */
export function fairLink(fairId: string): string {
  return `/packages/catalogue/pages/fair/index?id=${fairId}`;
}

/** One 'fair.announced' per fair and worker, however often the announcement is written. */
export function fairDedupeKey(fairId: string, workerId: string): string {
  return `fair.announced:${fairId}:${workerId}`;
}

/** What the worker reads: the title, the day and where (or that it is online). */
export function fairMessage(fair: { title: string; date: string; place: string | null }): {
  title: string;
  body: string;
} {
  const where = fair.place ? `在${fair.place}举行` : '在线上举行';
  return {
    title: '专场招聘会',
    body: `${fair.title}将于 ${fair.date} ${where}，有适合你的岗位，点击查看参会单位和岗位。`,
  };
}
