import type { JitsiEmbed } from '@lti-rooms/contracts';
import { Link } from 'react-router-dom';
import { t, tRich } from '../../i18n/translate';
import { Alert, Button } from '../../ui';
import { jitsiRoomUrl } from './jitsi-script';
import { JITSI_ANSWER_TIMEOUT_MS, type VideoTrouble } from './use-video-health';

interface VideoTroubleAlertProps {
  trouble: VideoTrouble;
  embed: JitsiEmbed;
  /** Hosts learn where the video service is set up; administrators get the way there. */
  audience: 'participant' | 'host' | 'administrator';
  onRetry: () => void;
}

/** The video did not come up: what happened, and three ways on (retry, a tab of its own, the setting). */
export function VideoTroubleAlert({ trouble, embed, audience, onRetry }: VideoTroubleAlertProps) {
  const { domain } = embed;
  return (
    <Alert tone="error" title={t('meetingState.video.troubleTitle')}>
      <p data-testid="video-trouble">
        {trouble === 'unreachable'
          ? t('meetingState.video.unreachable', { domain })
          : t('meetingState.video.noAnswer', { domain, seconds: JITSI_ANSWER_TIMEOUT_MS / 1000 })}
      </p>
      <div className="button-row">
        <Button variant="secondary" onClick={onRetry}>
          {t('meetingState.video.retry')}
        </Button>
        <a className="button button-secondary" href={jitsiRoomUrl(embed)} target="_blank" rel="noopener noreferrer">
          {t('meetingState.video.openInNewTab')}
        </a>
      </div>
      {audience === 'host' && <p>{t('meetingState.video.askAdministrator')}</p>}
      {audience === 'administrator' && (
        <p>{tRich('meetingState.video.checkSetting', { link: (chunks) => <Link to="/admin/jitsi">{chunks}</Link> })}</p>
      )}
    </Alert>
  );
}
