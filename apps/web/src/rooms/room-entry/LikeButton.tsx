import type { RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { setLiked, type Likes } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatNumber, t } from '../../i18n';
import { Button, VisuallyHidden } from '../../ui';

/** A decorative symbol, hidden from screen readers: the words are the count's. */
const THUMBS_UP = '👍';

/** "👍 N": a toggle (aria-pressed) when the viewer may like, a plain count otherwise. */
export function LikeButton({ room }: { room: RoomBody }) {
  const [likes, setLikes] = useState<Likes>(room.likes);
  const toggle = useAsyncAction((liked: boolean) => setLiked(room.id, liked));

  if (!room.permissions.like) {
    return (
      <span className="like-count" data-testid="like-count">
        <span aria-hidden="true">
          {THUMBS_UP} {formatNumber(likes.count)}
        </span>
        <VisuallyHidden>{t('rooms.like.count', { count: likes.count })}</VisuallyHidden>
      </span>
    );
  }

  async function onClick() {
    // Not `disabled` while saving: a disabled button drops keyboard focus.
    if (toggle.pending) return;
    const wanted = !likes.likedByMe;
    // Optimistic: the count moves at once and goes back if the server refuses.
    const before = likes;
    setLikes({ count: likes.count + (wanted ? 1 : -1), likedByMe: wanted });
    const result = await toggle.run(wanted);
    setLikes(result ?? before);
  }

  return (
    <>
      <Button variant="secondary" aria-pressed={likes.likedByMe} onClick={onClick} data-testid="like-button">
        <VisuallyHidden>{t('rooms.like.button')}</VisuallyHidden>
        <span aria-hidden="true">{THUMBS_UP}</span> {formatNumber(likes.count)}
      </Button>
      {toggle.error && <ApiErrorAlert error={toggle.error} title={t('rooms.like.error')} />}
    </>
  );
}
