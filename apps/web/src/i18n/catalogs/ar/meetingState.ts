import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} س {minutes} د',
  'meetingState.countdown.daysHours': '{days, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}} و{hours} س',

  'meetingState.roomFull':
    '{cap, plural, zero {لا توجد أماكن متاحة. حاول مرة أخرى بعد قليل.} one {المكان الوحيد مشغول. حاول مرة أخرى بعد قليل.} two {المكانان كلاهما مشغولان. حاول مرة أخرى بعد قليل.} few {الأماكن الـ# كلها مشغولة. حاول مرة أخرى بعد قليل.} many {الأماكن الـ# كلها مشغولة. حاول مرة أخرى بعد قليل.} other {الأماكن الـ# كلها مشغولة. حاول مرة أخرى بعد قليل.}}',
  'meetingState.waitingCount':
    '{count, plural, zero {لا أحد في الانتظار} one {شخص واحد في الانتظار} two {شخصان في الانتظار} few {# أشخاص في الانتظار} many {# شخصًا في الانتظار} other {# شخص في الانتظار}}',
  'meetingState.inRoomCount':
    '{count, plural, zero {لا أحد في الاجتماع} one {شخص واحد في الاجتماع} two {شخصان في الاجتماع} few {# أشخاص في الاجتماع} many {# شخصًا في الاجتماع} other {# شخص في الاجتماع}}',
  'meetingState.ended.hostEnded': 'أنهى المضيف الجلسة للجميع.',
  'meetingState.ended.hostAbsent': 'انتهت الجلسة لأنه لم يكن هناك مضيف أو مشرف حاضر لبعض الوقت.',
  'meetingState.ended.scheduleEnded': 'انتهت الفترة الزمنية للغرفة.',
  'meetingState.ended.roomDeleted': 'تم حذف الغرفة.',
  'meetingState.ended.abandoned': 'أُغلقت غرفة الانتظار لأن الجميع غادروها قبل بدء الاجتماع.',

  'meetingState.camera.notOnStage': 'لا يمكن تشغيل الكاميرا إلا لمن هم على المنصة: لا يزال بإمكانك المشاهدة والاستماع.',
  'meetingState.camera.capReached': 'تم بلوغ الحد الأقصى للكاميرات ({cap}): لا يزال بإمكانك التحدث والمشاهدة.',

  'meetingState.attendance.waitingNotStarted': 'غرفة الانتظار مفتوحة، لم تبدأ بعد',
  'meetingState.attendance.neverStarted': 'لم تبدأ قط',
  'meetingState.attendance.liveSince': 'مباشر الآن · بدأت {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'تعذّر تحميل الفيديو',
  'meetingState.video.unreachable':
    'تعذّر الوصول إلى خدمة الفيديو على {domain}. قد يكون السبب شبكة تحجبها (مثل جدار حماية الحرم الجامعي) أو توقف الخدمة.',
  'meetingState.video.noAnswer':
    '{seconds, plural, zero {لم تستجب خدمة الفيديو على {domain} خلال # ثانية.} one {لم تستجب خدمة الفيديو على {domain} خلال ثانية واحدة.} two {لم تستجب خدمة الفيديو على {domain} خلال ثانيتين.} few {لم تستجب خدمة الفيديو على {domain} خلال # ثوانٍ.} many {لم تستجب خدمة الفيديو على {domain} خلال # ثانية.} other {لم تستجب خدمة الفيديو على {domain} خلال # ثانية.}}',
  'meetingState.video.retry': 'إعادة المحاولة',
  'meetingState.video.openInNewTab': 'فتح الفيديو في علامة تبويب جديدة',
  'meetingState.video.askAdministrator': 'إذا استمرت المشكلة، فاطلب من مسؤول LTI Rooms التحقق من خدمة الفيديو في الإدارة ← Jitsi.',
  'meetingState.video.checkSetting': 'إذا استمرت المشكلة، فتحقق من خدمة الفيديو في <link>الإدارة ← Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'يحظر متصفحك الكاميرا في هذا الاجتماع. اسمح بها من أيقونة الكاميرا في شريط العنوان (أو من إعدادات الموقع)، ثم شغّل الكاميرا مرة أخرى.',
  'meetingState.device.microphoneBlocked':
    'يحظر متصفحك الميكروفون في هذا الاجتماع. اسمح به من أيقونة الكاميرا في شريط العنوان (أو من إعدادات الموقع)، ثم شغّل الميكروفون مرة أخرى.',
  'meetingState.device.cameraFailed': 'تعذّر تشغيل الكاميرا. تحقق من أنها متصلة وأنه لا يوجد تطبيق آخر يستخدمها، ثم شغّلها مرة أخرى.',
  'meetingState.device.microphoneFailed': 'تعذّر تشغيل الميكروفون. تحقق من أنه متصل وأنه لا يوجد تطبيق آخر يستخدمه، ثم شغّله مرة أخرى.',
  'meetingState.device.frameBlocks':
    'الصفحة التي تعرض LTI Rooms (نظام إدارة التعلم لديك) لا تسمح له باستخدام الكاميرا والميكروفون. افتح الفيديو في علامة تبويب جديدة، أو اطلب من مسؤول نظام إدارة التعلم السماح بالكاميرا والميكروفون ومشاركة الشاشة لـ LTI Rooms (allow="camera; microphone; display-capture" على إطاره).',
};
