import type { JitsiEmbed } from '@lti-rooms/contracts';
import { Link } from 'react-router-dom';
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
  const service = `The video service at ${embed.domain}`;
  return (
    <Alert tone="error" title="The video could not be loaded">
      <p data-testid="video-trouble">
        {trouble === 'unreachable'
          ? `${service} could not be reached. A network that blocks it (such as a campus firewall) or an outage of the service can cause this.`
          : `${service} did not answer within ${JITSI_ANSWER_TIMEOUT_MS / 1000} seconds.`}
      </p>
      <div className="button-row">
        <Button variant="secondary" onClick={onRetry}>
          Retry
        </Button>
        <a className="button button-secondary" href={jitsiRoomUrl(embed)} target="_blank" rel="noopener noreferrer">
          Open the video in a new tab
        </a>
      </div>
      {audience === 'host' && <p>If this goes on, ask your LTI Rooms administrator to check the video service under Administration → Jitsi.</p>}
      {audience === 'administrator' && (
        <p>
          If this goes on, check the video service under <Link to="/admin/jitsi">Administration → Jitsi</Link>.
        </p>
      )}
    </Alert>
  );
}
