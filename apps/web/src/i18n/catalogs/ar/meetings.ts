import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'جارٍ فتح الاجتماع',
  'meetings.opening.loading': 'جارٍ فتح الاجتماع…',
  'meetings.leaving': 'جارٍ مغادرة الجلسة…',
  'meetings.reconnecting': 'جارٍ إعادة الاتصال بـ LTI Rooms…',
  'meetings.connectionLost': 'انقطع الاتصال بـ LTI Rooms. جارٍ إعادة الاتصال…',
  'meetings.backToCourse': 'العودة إلى المقرر الدراسي',
  'meetings.tryAgain': 'إعادة المحاولة',

  'meetings.countdown.label': 'العد التنازلي',
  'meetings.countdown.opensIn': 'تُفتح غرفة الانتظار خلال {countdown}',
  'meetings.countdown.keepOpen': 'أبقِ هذه الصفحة مفتوحة: ستدخل غرفة الانتظار تلقائيًا.',

  'meetings.waiting.label': 'غرفة الانتظار',
  'meetings.waiting.locked': 'الاجتماع جارٍ والغرفة مقفلة: سيسمح لك أحد المضيفين بالدخول.',
  'meetings.waiting.startsAt': 'يبدأ الاجتماع تلقائيًا في الساعة {time}. يمكن لأحد المضيفين بدؤه قبل ذلك.',
  'meetings.waiting.forHost': 'في انتظار أن يبدأ المضيف الاجتماع…',
  'meetings.waiting.startsIn': 'يبدأ خلال {countdown}',
  'meetings.waiting.lockedKeepOpen': 'ستنضم بمجرد أن يقبلك أحد المضيفين. أبقِ هذه الصفحة مفتوحة.',
  'meetings.waiting.keepOpen': 'ستنضم تلقائيًا بمجرد أن يبدأ الاجتماع. أبقِ هذه الصفحة مفتوحة.',
  'meetings.waiting.leave': 'مغادرة',

  'meetings.waitingRoom.title': 'غرفة الانتظار',
  'meetings.waitingRoom.lock': 'قفل الغرفة',
  'meetings.waitingRoom.lockedHint': 'ينتظر القادمون الجدد حتى يقبلهم أحد المضيفين.',
  'meetings.waitingRoom.unlockedHint': 'كل من يصل يدخل مباشرة.',
  'meetings.waitingRoom.nobodyWaiting': 'لا أحد في الانتظار.',
  'meetings.waitingRoom.peopleWaiting':
    '{count, plural, zero {لا أحد في الانتظار} one {شخص واحد في الانتظار} two {شخصان في الانتظار} few {# أشخاص في الانتظار} many {# شخصًا في الانتظار} other {# شخص في الانتظار}}',
  'meetings.waitingRoom.listLabel': 'في انتظار السماح بالدخول',
  'meetings.waitingRoom.admitName': 'قبول<hidden> {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'قبول الجميع',

  'meetings.toolbar.label': 'عناصر التحكم في الاجتماع',
  'meetings.toolbar.leave': 'مغادرة الجلسة',
  'meetings.video.loading': 'جارٍ تحميل الفيديو…',
  'meetings.video.frameTitle': 'اجتماع فيديو: {room}',
  'meetings.video.openInNewTab': 'فتح الفيديو في علامة تبويب جديدة',
  'meetings.notice.connectionLost': 'انقطع الاتصال بـ LTI Rooms. جارٍ إعادة الاتصال… يستمر الفيديو في الأثناء.',
  'meetings.notice.noHost': 'لا يوجد أي مضيف في الاجتماع حاليًا.',
  'meetings.problem.title': 'تعذّر تأكيد مكانك في الاجتماع',
  'meetings.problem.dismiss': 'إغلاق',
  'meetings.mediaConsent.title': 'هل تريد تشغيل الكاميرا والميكروفون؟',
  'meetings.mediaConsent.text':
    'عيّنك أحد المضيفين مشرفًا في هذه الجلسة، لذا أنت الآن على المنصة. تبقى الكاميرا والميكروفون مطفأين حتى تشغّلهما، هنا أو من شريط أدوات الفيديو.',
  'meetings.mediaConsent.confirm': 'تشغيلهما',
  'meetings.mediaConsent.cancel': 'ليس الآن',

  'meetings.endSession.button': 'إنهاء الجلسة للجميع',
  'meetings.endSession.confirmTitle': 'هل تريد إنهاء الجلسة للجميع؟',
  'meetings.endSession.confirmText': 'سيغادر الجميع الاجتماع الآن، وستُغلق مكالمة الفيديو للجميع.',
  'meetings.endSession.confirm': 'إنهاء الجلسة',
  'meetings.endSession.failed': 'تعذّر إنهاء الجلسة',

  'meetings.full.title': 'هذه الغرفة ممتلئة',
  'meetings.full.label': 'الغرفة ممتلئة',
  'meetings.ended.title': 'انتهت هذه الجلسة',
  'meetings.ended.label': 'انتهت الجلسة',
  'meetings.ended.rejoin': 'الانضمام مجددًا',
  'meetings.error.title': 'تعذّر فتح الاجتماع',
  'meetings.error.code': 'رمز الخطأ: {code}',

  'meetings.deviceCheck.checking': 'جارٍ التحقق من الكاميرا والميكروفون…',
  'meetings.deviceCheck.ready': 'الكاميرا والميكروفون جاهزان.',
  'meetings.deviceCheck.unavailable': 'الكاميرا أو الميكروفون غير متاح. لا يزال بإمكانك الصعود إلى المنصة وتشغيلهما في الاجتماع.',
};
