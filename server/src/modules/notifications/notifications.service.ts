import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { NotificationKind } from '@app/shared/enums';
import { DomainError } from '../../common/domain-error';
import type { AuthUser } from '../auth/auth-user';
import type { NotificationListResponseDto } from './notifications.dto';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** The same key never makes a second row (e.g. enrolment.promoted:<enrolment id>:<time>). */
  dedupeKey: string;
  title: string;
  body: string;
  link?: string | null;
}

/** Writes outbox rows inside the caller's transaction, and serves the in-app inbox. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the row unless one with the same dedupe key exists (INSERT … that ignores duplicates). */
  async notify(em: EntityManager, n: NewNotification): Promise<void> {
    await this.notifyMany(em, [n]);
  }

  /** Many rows in one statement (a recommendation pass); a key already written is skipped. */
  async notifyMany(em: EntityManager, list: readonly NewNotification[]): Promise<void> {
    if (!list.length) return;
    await em
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        list.map((n) => ({
          id: randomUUID(),
          userId: n.userId,
          kind: n.kind,
          dedupeKey: n.dedupeKey.slice(0, 128),
          title: n.title.slice(0, 64),
          body: n.body.slice(0, 300),
          link: n.link ?? null,
          status: 'pending' as const,
          readAt: null,
        })),
      )
      .orIgnore()
      .execute();
  }

  async inbox(auth: AuthUser): Promise<NotificationListResponseDto> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [rows, unread] = await Promise.all([
      repo.find({ where: { userId: auth.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: 50 }),
      repo.countBy({ userId: auth.id, readAt: IsNull() }),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: r.body,
        link: r.link,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
      })),
      unread,
    };
  }

  async markRead(auth: AuthUser, id: string): Promise<NotificationListResponseDto> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const row = await repo.findOneBy({ id, userId: auth.id });
    if (!row) throw new DomainError('NOT_FOUND');
    await repo.update({ id, readAt: IsNull() }, { readAt: new Date() });
    return this.inbox(auth);
  }
}
