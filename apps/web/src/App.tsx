import type { LaunchError, LaunchStep } from '@lti-rooms/contracts';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { noSessionReason, subscribeToSessionExpiry } from './api/session-expiry';
import { AdminPage } from './admin/AdminPage';
import { ChannelPage } from './rooms/ChannelPage';
import { CreateRoomPage } from './rooms/CreateRoomPage';
import { DeepLinkingPage } from './rooms/deep-linking/DeepLinkingPage';
import { MeetingPageFallback } from './meetings/page/MeetingPageRoot';
import { MyRoomsPage } from './rooms/MyRoomsPage';
import { RoomEditPage } from './rooms/room-edit/RoomEditPage';
import { RoomEntryPage } from './rooms/room-entry/RoomEntryPage';
import { LaunchCheckPage } from './launch/LaunchCheckPage';
import { LoginStepPage } from './launch/LoginStepPage';
import { LaunchErrorPage } from './pages/LaunchErrorPage';
import { LaunchErrorRoute } from './pages/LaunchErrorRoute';
import { NotFoundPage } from './pages/NotFoundPage';
import { NoSessionPage } from './pages/NoSessionPage';
import { OperatorPage } from './operator/OperatorPage';

// Its own chunk: Socket.IO and the Jitsi SDK load only when someone opens a meeting.
const MeetingPage = lazy(() => import('./meetings/page/MeetingPage'));

interface AppProps {
  /** Set when the server answered a failed launch with this page; it wins over the route. */
  launchError: LaunchError | null;
  /** Set when the server answered a login or launch with a step for this page to run. */
  launchStep?: LaunchStep | null;
}

export function App({ launchError, launchStep = null }: AppProps) {
  const noSession = useSyncExternalStore(subscribeToSessionExpiry, noSessionReason);

  // The failed launch's URL is /lti/launch or similar, which no route knows: ignore the path.
  if (launchError) return <LaunchErrorPage error={launchError} />;
  if (launchStep?.step === 'login') return <LoginStepPage step={launchStep} />;
  if (launchStep?.step === 'check') return <LaunchCheckPage step={launchStep} />;
  if (noSession) return <NoSessionPage reason={noSession} pathname={window.location.pathname} />;

  return (
    <BrowserRouter>
      <Routes>
        <Route path="/channels/:channelId" element={<ChannelPage />} />
        <Route path="/channels/:channelId/rooms/new" element={<CreateRoomPage />} />
        <Route path="/my-rooms" element={<MyRoomsPage />} />
        <Route path="/my-rooms/new" element={<CreateRoomPage />} />
        <Route path="/rooms/:roomId" element={<RoomEntryPage />} />
        <Route path="/rooms/:roomId/edit" element={<RoomEditPage />} />
        <Route
          path="/rooms/:roomId/meeting"
          element={
            <Suspense fallback={<MeetingPageFallback />}>
              <MeetingPage />
            </Suspense>
          }
        />
        <Route path="/deep-linking" element={<DeepLinkingPage />} />
        <Route path="/admin" element={<AdminPage />} />
        <Route path="/admin/:section" element={<AdminPage />} />
        <Route path="/launch-error" element={<LaunchErrorRoute />} />
        <Route path="/operator" element={<OperatorPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </BrowserRouter>
  );
}
