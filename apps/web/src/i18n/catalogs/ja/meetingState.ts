import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours}時間{minutes}分',
  'meetingState.countdown.daysHours': '{days, plural, other {#日}}{hours}時間',

  'meetingState.roomFull': '{cap, plural, other {定員 # 名がすべて埋まっています。しばらくしてからもう一度お試しください。}}',
  'meetingState.waitingCount': '{count, plural, other {# 人が待機中}}',
  'meetingState.inRoomCount': '{count, plural, other {ミーティング参加者 # 人}}',
  'meetingState.ended.hostEnded': 'ホストが全員のセッションを終了しました。',
  'meetingState.ended.hostAbsent': 'ホストもモデレーターもしばらく不在だったため、セッションは終了しました。',
  'meetingState.ended.scheduleEnded': 'ルームの利用期間が終了しました。',
  'meetingState.ended.roomDeleted': 'ルームは削除されました。',
  'meetingState.ended.abandoned': 'ミーティングの開始前に全員が退出したため、待合室は閉じられました。',

  'meetingState.camera.notOnStage': 'カメラをオンにできるのはステージ上の人だけです。視聴は引き続きできます。',
  'meetingState.camera.capReached': 'カメラの上限（{cap} 台）に達しました。発言と視聴は引き続きできます。',

  'meetingState.attendance.waitingNotStarted': '待合室は開いていますが、まだ開始されていません',
  'meetingState.attendance.neverStarted': '開始されませんでした',
  'meetingState.attendance.liveSince': 'ライブ中 · {started}に開始',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'ビデオを読み込めませんでした',
  'meetingState.video.unreachable':
    '{domain} のビデオサービスに接続できませんでした。ネットワークによるブロック（キャンパスのファイアウォールなど）やサービスの障害が原因の可能性があります。',
  'meetingState.video.noAnswer': '{seconds, plural, other {{domain} のビデオサービスが # 秒以内に応答しませんでした。}}',
  'meetingState.video.retry': '再試行',
  'meetingState.video.openInNewTab': 'ビデオを新しいタブで開く',
  'meetingState.video.askAdministrator': 'この状態が続く場合は、LTI Rooms の管理者に「管理 → Jitsi」でビデオサービスを確認するよう依頼してください。',
  'meetingState.video.checkSetting': 'この状態が続く場合は、<link>管理 → Jitsi</link> でビデオサービスを確認してください。',

  'meetingState.device.cameraBlocked':
    'ブラウザーがこのミーティングでのカメラの使用をブロックしています。アドレスバーのカメラアイコン（またはサイトの設定）から許可し、カメラをもう一度オンにしてください。',
  'meetingState.device.microphoneBlocked':
    'ブラウザーがこのミーティングでのマイクの使用をブロックしています。アドレスバーのカメラアイコン（またはサイトの設定）から許可し、マイクをもう一度オンにしてください。',
  'meetingState.device.cameraFailed': 'カメラを起動できませんでした。接続されていること、ほかのアプリが使用していないことを確認してから、もう一度オンにしてください。',
  'meetingState.device.microphoneFailed': 'マイクを起動できませんでした。接続されていること、ほかのアプリが使用していないことを確認してから、もう一度オンにしてください。',
  'meetingState.device.frameBlocks':
    'LTI Rooms を表示しているページ（LMS）が、カメラとマイクの使用を許可していません。ビデオを新しいタブで開くか、LMS の管理者に LTI Rooms のカメラ、マイク、画面共有を許可するよう依頼してください（フレームの allow="camera; microphone; display-capture"）。',
};
