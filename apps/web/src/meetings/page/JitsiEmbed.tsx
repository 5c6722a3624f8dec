import { JaaSMeeting, JitsiMeeting } from '@jitsi/react-sdk';
import type { JitsiEmbed as JitsiEmbedBody } from '@lti-rooms/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t, useDisplayLocale } from '../../i18n';
import { Loading } from '../../ui';
import type { JitsiApi } from './jitsi-api';
import { jitsiLanguageOf } from './jitsi-lang';

interface JitsiEmbedProps {
  embed: JitsiEmbedBody;
  /** Names the video frame for screen readers, e.g. "Video meeting: Workshop". */
  frameTitle: string;
  onApiReady: (api: JitsiApi) => void;
  /** The person hung up inside Jitsi. */
  onReadyToClose: () => void;
}

function VideoLoading() {
  return <Loading label={t('meetings.video.loading')} />;
}

/**
 * The Jitsi meeting, as the server configured it (`meeting.jitsi`). The SDK creates the
 * IFrame API once and never disposes it: this component hangs up (dispose) when it unmounts,
 * which is how leaving, ending and every other way out of the meeting view close the call.
 */
export function JitsiEmbed({ embed, frameTitle, onApiReady, onReadyToClose }: JitsiEmbedProps) {
  // The SDK builds the iframe from its first props; later ones (a fresh token after a reconnect) would not apply.
  const [initial] = useState(embed);
  const [title] = useState(frameTitle);
  // Jitsi's own menus and notices speak the page's language.
  const lang = jitsiLanguageOf(useDisplayLocale());
  const apiRef = useRef<JitsiApi | null>(null);
  const callbacks = useRef({ onApiReady, onReadyToClose });
  useEffect(() => {
    callbacks.current = { onApiReady, onReadyToClose };
  });

  useEffect(
    () => () => {
      const api = apiRef.current;
      apiRef.current = null;
      try {
        api?.dispose();
      } catch (error) {
        // A frame already torn down by the browser: nothing left to hang up.
        console.warn('Jitsi dispose failed', error);
      }
    },
    [],
  );

  // `unknown`: the SDK's type (an EventEmitter) is wider than the few calls JitsiApi names.
  const handleApiReady = useCallback((created: unknown) => {
    const api = created as JitsiApi;
    apiRef.current = api;
    callbacks.current.onApiReady(api);
  }, []);
  const handleReadyToClose = useCallback(() => callbacks.current.onReadyToClose(), []);
  const handleFrameParent = useCallback(
    (parent: HTMLDivElement) => {
      // The SDK's container has no height, and Jitsi's iframe fills its parent: give it one.
      parent.classList.add('jitsi-frame');
      const iframe = parent.querySelector('iframe');
      if (iframe && !iframe.title) iframe.title = title;
    },
    [title],
  );

  const common = {
    roomName: initial.roomName,
    jwt: initial.jwt ?? undefined,
    configOverwrite: initial.configOverwrite,
    interfaceConfigOverwrite: initial.interfaceConfigOverwrite,
    // The SDK's type wants an email; Jitsi itself takes a display name alone.
    userInfo: initial.userInfo as { displayName: string; email: string },
    lang,
    spinner: VideoLoading,
    onApiReady: handleApiReady,
    onReadyToClose: handleReadyToClose,
    getIFrameRef: handleFrameParent,
  };

  return (
    <div className="jitsi-embed" data-testid="jitsi-embed">
      {initial.provider === 'jaas' && initial.appId ? <JaaSMeeting appId={initial.appId} {...common} /> : <JitsiMeeting domain={initial.domain} {...common} />}
    </div>
  );
}
