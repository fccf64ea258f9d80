import { Button, Text, View } from '@tarojs/components';

export interface EmptyStateProps {
  text: string;
  /** A button under the text (重试, 去填写, …). */
  actionText?: string;
  onAction?: () => void;
}

/** A card saying there is nothing here yet (or it is loading, or it failed), and what to do next. */
export function EmptyState({ text, actionText, onAction }: EmptyStateProps) {
  return (
    <View className="card empty-state">
      <Text className="muted">{text}</Text>
      {actionText && onAction ? (
        <Button className="btn-secondary empty-state__action" onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}

/** The three states before a page has its data: loading, failed (with 重试), or the content. */
export function LoadingOrError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (!error) return <EmptyState text="加载中…" />;
  const message =
    error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)
      ? error.message
      : '加载失败，请稍后再试';
  return <EmptyState text={message} actionText="重试" onAction={onRetry} />;
}
