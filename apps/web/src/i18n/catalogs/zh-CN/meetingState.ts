import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} 小时 {minutes} 分',
  'meetingState.countdown.daysHours': '{days, plural, other {# 天}} {hours} 小时',

  'meetingState.roomFull': '{cap, plural, other {全部 # 个名额已满。请稍后再试。}}',
  'meetingState.waitingCount': '{count, plural, other {# 人正在等候}}',
  'meetingState.inRoomCount': '{count, plural, other {会议中有 # 人}}',
  'meetingState.ended.hostEnded': '主持人已为所有人结束会话。',
  'meetingState.ended.hostAbsent': '由于一段时间内没有主持人或协管员在场，会话已结束。',
  'meetingState.ended.scheduleEnded': '会议室的开放时段已结束。',
  'meetingState.ended.roomDeleted': '会议室已被删除。',
  'meetingState.ended.abandoned': '由于所有人在会议开始前都已离开，等候室已关闭。',

  'meetingState.camera.notOnStage': '只有舞台上的人才能打开摄像头：您仍然可以观看和收听。',
  'meetingState.camera.capReached': '已达到摄像头上限（{cap} 个）：您仍然可以发言和观看。',

  'meetingState.attendance.waitingNotStarted': '等候室已开放，尚未开始',
  'meetingState.attendance.neverStarted': '从未开始',
  'meetingState.attendance.liveSince': '正在进行 · 开始于 {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': '无法加载视频',
  'meetingState.video.unreachable': '无法连接到 {domain} 上的视频服务。可能是网络屏蔽了该服务（例如校园防火墙），或者服务出现故障。',
  'meetingState.video.noAnswer': '{seconds, plural, other {{domain} 上的视频服务在 # 秒内没有响应。}}',
  'meetingState.video.retry': '重试',
  'meetingState.video.openInNewTab': '在新标签页中打开视频',
  'meetingState.video.askAdministrator': '如果问题持续存在，请让您的 LTI Rooms 管理员在“管理 → Jitsi”中检查视频服务。',
  'meetingState.video.checkSetting': '如果问题持续存在，请在<link>管理 → Jitsi</link>中检查视频服务。',

  'meetingState.device.cameraBlocked': '您的浏览器在此会议中阻止了摄像头。请通过地址栏中的摄像头图标（或网站设置）允许使用，然后重新打开摄像头。',
  'meetingState.device.microphoneBlocked': '您的浏览器在此会议中阻止了麦克风。请通过地址栏中的摄像头图标（或网站设置）允许使用，然后重新打开麦克风。',
  'meetingState.device.cameraFailed': '无法启动您的摄像头。请检查它是否已连接，且没有其他应用正在使用它，然后重新打开。',
  'meetingState.device.microphoneFailed': '无法启动您的麦克风。请检查它是否已连接，且没有其他应用正在使用它，然后重新打开。',
  'meetingState.device.frameBlocks':
    '嵌入 LTI Rooms 的页面（您的 LMS）不允许它使用您的摄像头和麦克风。请在新标签页中打开视频，或请您的 LMS 管理员为 LTI Rooms 允许摄像头、麦克风和屏幕共享（在其框架上设置 allow="camera; microphone; display-capture"）。',
};
