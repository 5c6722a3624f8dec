import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'ミーティングを開いています',
  'meetings.opening.loading': 'ミーティングを開いています…',
  'meetings.leaving': 'セッションから退出しています…',
  'meetings.reconnecting': 'LTI Rooms に再接続しています…',
  'meetings.connectionLost': 'LTI Rooms との接続が切れました。再接続しています…',
  'meetings.backToCourse': 'コースに戻る',
  'meetings.tryAgain': '再試行',

  'meetings.countdown.label': 'カウントダウン',
  'meetings.countdown.opensIn': '待合室のオープンまで {countdown}',
  'meetings.countdown.keepOpen': 'このページを開いたままにしてください。待合室には自動的に入室します。',

  'meetings.waiting.label': '待合室',
  'meetings.waiting.locked': 'ミーティングは進行中で、ルームはロックされています。ホストが入室を許可するまでお待ちください。',
  'meetings.waiting.startsAt': 'ミーティングは {time} に自動的に始まります。ホストがそれより早く開始することもあります。',
  'meetings.waiting.forHost': 'ホストがミーティングを開始するのを待っています…',
  'meetings.waiting.startsIn': '開始まで {countdown}',
  'meetings.waiting.lockedKeepOpen': 'ホストが入室を許可するとすぐに参加できます。このページを開いたままにしてください。',
  'meetings.waiting.keepOpen': 'ミーティングが始まるとすぐに自動的に参加します。このページを開いたままにしてください。',
  'meetings.waiting.leave': '退出',

  'meetings.waitingRoom.title': '待合室',
  'meetings.waitingRoom.lock': 'ルームをロック',
  'meetings.waitingRoom.lockedHint': '新しく来た人は、ホストが入室を許可するまで待機します。',
  'meetings.waitingRoom.unlockedHint': '来た人は全員そのまま入室します。',
  'meetings.waitingRoom.nobodyWaiting': '待機中の人はいません。',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, other {# 人が待機中}}',
  'meetings.waitingRoom.listLabel': '入室待ち',
  'meetings.waitingRoom.admitName': '<hidden>{name} さんの</hidden>入室を許可',
  'meetings.waitingRoom.admitAll': '全員の入室を許可',

  'meetings.toolbar.label': 'ミーティングの操作',
  'meetings.toolbar.leave': 'セッションから退出',
  'meetings.video.loading': 'ビデオを読み込んでいます…',
  'meetings.video.frameTitle': 'ビデオミーティング：{room}',
  'meetings.video.openInNewTab': 'ビデオを新しいタブで開く',
  'meetings.notice.connectionLost': 'LTI Rooms との接続が切れました。再接続しています…その間もビデオは続きます。',
  'meetings.notice.noHost': '現在、ミーティングにホストがいません。',
  'meetings.problem.title': 'ミーティングでのあなたの参加枠を確認できませんでした',
  'meetings.problem.dismiss': '閉じる',
  'meetings.mediaConsent.title': 'カメラとマイクをオンにしますか？',
  'meetings.mediaConsent.text':
    'ホストがあなたをこのセッションのモデレーターにしたため、あなたはステージに上がっています。カメラとマイクは、ここまたはビデオのツールバーでオンにするまでオフのままです。',
  'meetings.mediaConsent.confirm': 'オンにする',
  'meetings.mediaConsent.cancel': '今はしない',

  'meetings.endSession.button': '全員のセッションを終了',
  'meetings.endSession.confirmTitle': '全員のセッションを終了しますか？',
  'meetings.endSession.confirmText': '全員が今すぐミーティングから退出し、ビデオ通話は全員について終了します。',
  'meetings.endSession.confirm': 'セッションを終了',
  'meetings.endSession.failed': 'セッションを終了できませんでした',

  'meetings.full.title': 'このルームは満員です',
  'meetings.full.label': '満員',
  'meetings.ended.title': 'このセッションは終了しました',
  'meetings.ended.label': 'セッション終了',
  'meetings.ended.rejoin': '再参加',
  'meetings.error.title': 'ミーティングを開けませんでした',
  'meetings.error.code': 'エラーコード：{code}',

  'meetings.deviceCheck.checking': 'カメラとマイクを確認しています…',
  'meetings.deviceCheck.ready': 'カメラとマイクの準備ができました。',
  'meetings.deviceCheck.unavailable': 'カメラまたはマイクを使用できません。それでもステージに上がり、ミーティング内でオンにすることができます。',
};
