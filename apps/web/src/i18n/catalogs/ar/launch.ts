import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'جارٍ فتح LTI Rooms',
  'launch.login.status': 'جارٍ الاتصال بالمقرر الدراسي…',
  'launch.check.status': 'جارٍ التحقق من التشغيل من المقرر الدراسي…',
  'launch.storageAccess.title': 'السماح لـ LTI Rooms في صفحة المقرر الدراسي هذه',
  'launch.storageAccess.heading': 'خطوة أخرى',
  'launch.storageAccess.explanation':
    'يمنع متصفحك LTI Rooms من التعرّف عليك داخل صفحة المقرر الدراسي. اسمح له باستخدام ملفات تعريف الارتباط الخاصة به هنا لتُفتح الغرفة. قد يطلب منك المتصفح التأكيد.',
  'launch.storageAccess.allow': 'السماح والمتابعة',
  'launch.storageAccess.openInNewWindow': 'الفتح في نافذة جديدة بدلًا من ذلك',

  'launch.error.newWindow.heading': 'فتح LTI Rooms في نافذة مستقلة',
  'launch.error.newWindow.explanation':
    'منع متصفحك LTI Rooms من العمل داخل صفحة المقرر الدراسي. يؤدي فتحه في نافذة جديدة عادةً إلى حل هذه المشكلة.',
  'launch.error.newWindow.button': 'الفتح في نافذة جديدة',
  'launch.error.adminHeading': 'لمسؤول نظام إدارة التعلم لديك',
  'launch.error.serverDetails': 'التفاصيل: <code>{details}</code>',
  'launch.error.code': 'رمز الخطأ: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'تعذّر فتح هذه الغرفة',
  'launch.refusal.launchFailed.detail': 'لم يتمكن المقرر الدراسي من تشغيل LTI Rooms. افتح الغرفة مرة أخرى من المقرر الدراسي.',
  'launch.refusal.launchFailed.adminHint':
    'رُفض تشغيل LTI. يذكر سجل خادم LTI Rooms السبب؛ تحقق من أن منصة التعلم مسجّلة ومفعّلة.',
  'launch.refusal.launchCheckFailed.title': 'تعذّر فتح هذه الغرفة',
  'launch.refusal.launchCheckFailed.detail':
    'تعذّر الوصول إلى LTI Rooms للتحقق من التشغيل. تحقق من اتصالك، ثم افتح الغرفة مرة أخرى من المقرر الدراسي.',
  'launch.refusal.launchCheckFailed.adminHint':
    'لم تتمكن الصفحة من تأكيد التشغيل لدى خادم LTI Rooms (لا توجد إجابة، أو إجابة تعذّرت قراءتها). يذكر سجل خادم LTI Rooms السبب.',
  'launch.refusal.loginParameterTooLong.title': 'أرسل نظام إدارة التعلم طلب تسجيل دخول كبيرًا جدًا',
  'launch.refusal.loginParameterTooLong.detail':
    'أحد معاملات تسجيل الدخول أطول مما يقبله LTI Rooms، لذا لم يبدأ تسجيل الدخول.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'يحتفظ LTI Rooms بهذا العدد من الأحرف على الأكثر من كل معامل تسجيل دخول: {limits}. تحقق مما ترسله منصة التعلم إلى ‎/lti/login.',
  'launch.refusal.rateLimited.title': 'عدد كبير جدًا من عمليات التشغيل حاليًا',
  'launch.refusal.rateLimited.detail':
    'يتلقى LTI Rooms من شبكتك أو من نظام إدارة التعلم لديك طلبات أكثر مما يقبله في وقت واحد. انتظر قليلًا، ثم افتح الأداة مرة أخرى.',
  'launch.refusal.rateLimited.adminHint':
    'تُضبط الحدود بواسطة RATE_LIMIT_LTI_PER_IP وRATE_LIMIT_LTI_PER_ACCOUNT وRATE_LIMIT_REGISTER_PER_IP (راجع ملف README)؛ ارفعها إذا رُفض صف كامل يتصل من عنوان واحد.',
  'launch.refusal.loginMissingParameters.title': 'أرسل نظام إدارة التعلم طلب تسجيل دخول غير مكتمل',
  'launch.refusal.loginMissingParameters.detail': 'ينقص طلبَ تسجيل الدخول iss أو login_hint أو target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'تحقق من أن منصة التعلم تبدأ تسجيل الدخول عبر OIDC على ‎/lti/login مع iss وlogin_hint وtarget_link_uri (LTI 1.3 Core، القسم 4.1).',
  'launch.refusal.unknownPlatform.title': 'نظام إدارة التعلم هذا غير مسجّل في LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'جاء التشغيل من منصة (الجهة المُصدِرة ومعرّف العميل) لا يعرفها LTI Rooms.',
  'launch.refusal.unknownPlatform.adminHint':
    'سجّل منصة التعلم عبر التسجيل الديناميكي (Dynamic Registration) أو باستخدام `npm run platforms -- add`، وتحقق من تطابق الجهة المُصدِرة ومعرّف العميل تمامًا.',
  'launch.refusal.platformAmbiguous.title': 'لا يستطيع LTI Rooms تحديد أي تسجيل لنظام إدارة التعلم هذا يجب استخدامه',
  'launch.refusal.platformAmbiguous.detail': 'بدأ نظام إدارة التعلم التشغيل دون معرّف عميل، وتشترك عدة تسجيلات مفعّلة في الجهة المُصدِرة نفسها.',
  'launch.refusal.platformAmbiguous.adminHint':
    'اضبط نظام إدارة التعلم ليرسل client_id في طلب تسجيل الدخول (LTI 1.3 Core، القسم 4.1)، أو ألغِ تفعيل التسجيلات التي لم تعد مستخدمة (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'يشير التشغيل إلى خارج LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'قيمة target_link_uri في طلب تسجيل الدخول ليست عنوانًا لهذه الأداة.',
  'launch.refusal.targetLinkForeign.adminHint':
    'يجب أن يبدأ عنوان URI للرابط الهدف في نظام إدارة التعلم بالعنوان العام للأداة (PUBLIC_URL)، متبوعًا بـ ‎/lti/launch.',
  'launch.refusal.platformInactive.title': 'لم يُفعَّل LTI Rooms لنظام إدارة التعلم هذا بعد',
  'launch.refusal.platformInactive.detail': 'منصة التعلم هذه مسجّلة، لكن لم يفعّلها أي مسؤول بعد.',
  'launch.refusal.platformInactive.adminHint':
    'يجب على مشغّل LTI Rooms تفعيل هذا التسجيل (`npm run platforms -- list` و`activate`، أو صفحة المشغّل). يُعرض على مسؤول نظام إدارة التعلم الذي يفتح الأداة أيُّ تسجيل هو.',
  'launch.refusal.deploymentMissing.title': 'لا يحدد التشغيل أي عملية نشر',
  'launch.refusal.deploymentMissing.detail': 'لا يحتوي id_token على المطالبة deployment_id.',
  'launch.refusal.deploymentMissing.adminHint': 'يجب أن ترسل منصة التعلم https://purl.imsglobal.org/spec/lti/claim/deployment_id في كل تشغيل.',
  'launch.refusal.deploymentUnknown.title': 'عملية النشر هذه لـ LTI Rooms غير مسجّلة',
  'launch.refusal.deploymentUnknown.detail': 'جاء التشغيل من معرّف نشر لم يُسجَّل قط لمنصة التعلم هذه.',
  'launch.refusal.deploymentUnknown.adminHint':
    'أضف معرّف النشر إلى تسجيل منصة التعلم (`npm run platforms -- add-deployment`) أو سجّل الأداة مرة أخرى عبر التسجيل الديناميكي.',
  'launch.refusal.missingIdToken.title': 'لم يحمل هذا التشغيل أي رسالة LTI',
  'launch.refusal.missingIdToken.detail': 'لا يحتوي الطلب إلى ‎/lti/launch على id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'يجب أن ترسل منصة التعلم حقلي النموذج id_token وstate بطريقة POST إلى ‎/lti/launch (وضع الاستجابة form_post).',
  'launch.refusal.malformedIdToken.title': 'تعذّرت قراءة رسالة LTI',
  'launch.refusal.malformedIdToken.detail': 'ليس id_token رمز JWT موقّعًا سليم البنية.',
  'launch.refusal.malformedIdToken.adminHint': 'تحقق من إعدادات LTI 1.3 في منصة التعلم؛ يجب أن يكون id_token رمز JWT موقّعًا بـ RS256.',
  'launch.refusal.missingState.title': 'فقد التشغيل حالة تسجيل الدخول',
  'launch.refusal.missingState.detail': 'لا يحتوي الطلب إلى ‎/lti/launch على الحقل state.',
  'launch.refusal.missingState.adminHint': 'يجب أن تُعيد منصة التعلم قيمة state التي تلقتها في نقطة التفويض الخاصة بها دون تغيير.',
  'launch.refusal.stateCookieMissing.title': 'حظر متصفحك LTI Rooms داخل صفحة المقرر الدراسي',
  'launch.refusal.stateCookieMissing.detail':
    'تعذّر ربط التشغيل بهذا المتصفح لأن ملف تعريف الارتباط الخاص به لم يُرسَل. يحدث هذا عندما تكون ملفات تعريف الارتباط التابعة لجهات خارجية محظورة.',
  'launch.refusal.stateCookieMissing.adminHint':
    'اطلب من المستخدمين فتح الأداة في نافذة جديدة، أو اسمح بملفات تعريف الارتباط التابعة لجهات خارجية لهذا الموقع. يجب تقديم الأداة عبر https لتكون ملفات تعريف الارتباط الخاصة بها SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'ينتمي هذا التشغيل إلى نافذة متصفح أخرى',
  'launch.refusal.stateMismatch.detail': 'لا تطابق حالة تسجيل الدخول في التشغيل ملف تعريف ارتباط تسجيل الدخول في هذا المتصفح.',
  'launch.refusal.stateMismatch.adminHint': 'يعني هذا عادةً أن تشغيلًا أُعيد إرساله أو أُعيد توجيهه. شغّل الأداة مرة أخرى من المقرر الدراسي.',
  'launch.refusal.stateUnknown.title': 'انتهت صلاحية هذا التشغيل',
  'launch.refusal.stateUnknown.detail': 'تسجيل الدخول الذي بدأ هذا التشغيل غير معروف أو مضى عليه أكثر من عشر دقائق.',
  'launch.refusal.stateUnknown.adminHint': 'شغّل الأداة مرة أخرى من المقرر الدراسي. إذا تكرر ذلك، فتحقق من ساعة خادم الأداة.',
  'launch.refusal.launchReplayed.title': 'سبق استخدام هذا التشغيل',
  'launch.refusal.launchReplayed.detail': 'قُدِّم تسجيل الدخول نفسه مرتين. لا يمكن استخدام كل تشغيل إلا مرة واحدة.',
  'launch.refusal.launchReplayed.adminHint':
    'شغّل الأداة مرة أخرى من المقرر الدراسي. قد تشير الإعادة المتكررة إلى هجوم أو إلى خادم وكيل يعيد إرسال الطلبات.',
  'launch.refusal.badSignature.title': 'توقيع رسالة LTI غير صالح',
  'launch.refusal.badSignature.detail': 'لم يُوقَّع id_token بمفتاح من مفاتيح منصة التعلم المسجّلة.',
  'launch.refusal.badSignature.adminHint':
    'تحقق من عنوان URL لمجموعة المفاتيح العامة (JWKS) لمنصة التعلم في التسجيل، ومن أن منصة التعلم توقّع بمفتاح مُدرج فيها.',
  'launch.refusal.wrongIssuer.title': 'جاءت رسالة LTI من منصة التعلم الخطأ',
  'launch.refusal.wrongIssuer.detail': 'الجهة المُصدِرة لـ id_token ليست منصة التعلم التي بدأ بها تسجيل الدخول.',
  'launch.refusal.wrongIssuer.adminHint': 'تحقق من أن الجهة المُصدِرة لمنصة التعلم في التسجيل تطابق المطالبة iss التي ترسلها.',
  'launch.refusal.wrongAudience.title': 'كانت رسالة LTI موجّهة إلى أداة أخرى',
  'launch.refusal.wrongAudience.detail': 'لا يتضمن جمهور (audience) id_token معرّف العميل لهذه الأداة.',
  'launch.refusal.wrongAudience.adminHint': 'قارن معرّف العميل في التسجيل بالمطالبتين aud وazp اللتين ترسلهما منصة التعلم.',
  'launch.refusal.tokenExpired.title': 'انتهت صلاحية رسالة LTI',
  'launch.refusal.tokenExpired.detail': 'انقضى وقت انتهاء صلاحية id_token.',
  'launch.refusal.tokenExpired.adminHint': 'شغّل الأداة مرة أخرى. إذا تكرر ذلك، فقارن ساعتي نظام إدارة التعلم وخادم الأداة.',
  'launch.refusal.tokenTooOld.title': 'رسالة LTI قديمة جدًا',
  'launch.refusal.tokenTooOld.detail': 'صدر id_token منذ أكثر من خمس دقائق.',
  'launch.refusal.tokenTooOld.adminHint': 'شغّل الأداة مرة أخرى. إذا تكرر ذلك، فقارن ساعتي نظام إدارة التعلم وخادم الأداة.',
  'launch.refusal.tokenNotYetValid.title': 'رسالة LTI مؤرخة في المستقبل',
  'launch.refusal.tokenNotYetValid.detail': 'يقع وقت إصدار id_token في المستقبل.',
  'launch.refusal.tokenNotYetValid.adminHint': 'قارن ساعتي نظام إدارة التعلم وخادم الأداة (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'تعذّر الوصول إلى نظام إدارة التعلم للتحقق من هذا التشغيل',
  'launch.refusal.platformKeysUnavailable.detail': 'تعذّر على LTI Rooms جلب المفاتيح العامة لمنصة التعلم للتحقق من التشغيل.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'تحقق من إمكانية الوصول إلى عنوان URL لمجموعة المفاتيح (JWKS) المذكور في التسجيل من خادم الأداة.',
  'launch.refusal.nonceMismatch.title': 'لا تستجيب رسالة LTI لتسجيل الدخول هذا',
  'launch.refusal.nonceMismatch.detail': 'قيمة nonce في id_token ليست القيمة التي أرسلها LTI Rooms لتسجيل الدخول هذا.',
  'launch.refusal.nonceMismatch.adminHint': 'يجب أن تنسخ منصة التعلم قيمة nonce من طلب التفويض إلى id_token.',
  'launch.refusal.nonceReplayed.title': 'سبق استخدام رسالة LTI هذه',
  'launch.refusal.nonceReplayed.detail': 'سبق قبول قيمة nonce في id_token؛ لا يمكن استخدام كل رسالة إلا مرة واحدة.',
  'launch.refusal.nonceReplayed.adminHint': 'قد يشير id_token المُعاد إرساله إلى هجوم أو إلى خادم وكيل يعمل بشكل خاطئ.',
  'launch.refusal.claimTooLong.title': 'تحمل رسالة LTI معرّفًا لا يستطيع LTI Rooms تخزينه',
  'launch.refusal.claimTooLong.detail':
    'يتجاوز طول أحد المعرّفات في id_token (معرّف المستخدم أو المقرر الدراسي أو الرابط أو النشر) 255 حرفًا.',
  'launch.refusal.claimTooLong.adminHint':
    'يحدّ LTI 1.3 هذه المعرّفات بـ 255 حرفًا (LTI 1.3 Core، الأقسام 5.1.2 و5.3.1 و5.4.1). تحقق مما ترسله منصة التعلم في المطالبة المذكورة في التفاصيل.',
  'launch.refusal.invalidClaims.title': 'رسالة LTI غير مكتملة',
  'launch.refusal.invalidClaims.detail': 'تنقص id_token مطالبات يشترطها LTI 1.3.',
  'launch.refusal.invalidClaims.adminHint': 'قارن المطالبة المذكورة في التفاصيل بما ينص عليه LTI 1.3 Core، القسم 5.',
  'launch.refusal.roomNotInCourse.title': 'هذه الغرفة ليست جزءًا من هذا المقرر الدراسي',
  'launch.refusal.roomNotInCourse.detail': 'يشير الرابط إلى غرفة غير منشورة في هذا المقرر الدراسي، ولا يحق لك نشرها هنا.',
  'launch.refusal.roomNotInCourse.adminHint':
    'لا يُفتح رابط الغرفة إلا في مقرر دراسي نُشرت فيه الغرفة، أو لمن يحق له نشرها فيه (مالكها أو ناشر مشارك يكون معلمًا في المقرر الدراسي). انشر الغرفة في هذا المقرر الدراسي من صفحة تحريرها، أو ضع الرابط مرة أخرى عبر Deep Linking؛ تُرفض الروابط التي عُدِّل مرجع الغرفة فيها أو نُسخ من منصة تعلم أخرى.',
  'launch.refusal.unsupportedMessage.title': 'لا يستطيع LTI Rooms التعامل مع هذا النوع من التشغيل',
  'launch.refusal.unsupportedMessage.detail': 'لا يُدعم إلا التشغيل عبر رابط مورد (resource link) وعبر Deep Linking.',
  'launch.refusal.unsupportedMessage.adminHint':
    'أضف LTI Rooms رابطًا لأداة خارجية أو عبر مسار اختيار المحتوى (Deep Linking).',

  'launch.inactiveRegistration.heading': 'ينتظر هذا التسجيل التفعيل',
  'launch.inactiveRegistration.explanation':
    'أنت مسؤول في نظام إدارة التعلم هذا، لذا ترى أي تسجيل لـ LTI Rooms هو. يرفض LTI Rooms كل تشغيل عبره إلى أن يفعّله مشغّل LTI Rooms (من يدير خادم LTI Rooms). أرسل إليه هذه التفاصيل.',
  'launch.inactiveRegistration.commandIntro': 'يفعّله المشغّل على الخادم باستخدام:',
  'launch.inactiveRegistration.operatorPage':
    'أو من صفحة المشغّل في LTI Rooms (<code>{path}</code>)، عندما يكون للخادم سرّ مشغّل مضبوط.',
  'launch.inactiveRegistration.removedIfPending':
    'يُحذف التسجيل الذي لا يفعّله أحد بعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}؛ سجّل مرة أخرى حينئذٍ.',

  'launch.registration.lms': 'نظام إدارة التعلم',
  'launch.registration.issuer': 'الجهة المُصدِرة',
  'launch.registration.clientId': 'معرّف العميل',
  'launch.registration.deploymentId': 'معرّف النشر',
  'launch.registration.deploymentIds': 'معرّفات النشر',
  'launch.registration.noDeploymentYet': 'لا يوجد بعد',
  'launch.registration.id': 'معرّف التسجيل',
  'launch.registration.registered': 'تاريخ التسجيل',
  'launch.registration.status': 'الحالة',
  'launch.registration.pendingSince': 'بانتظار الموافقة منذ {when}',
  'launch.registration.inactive': 'أُلغي تفعيله، أو أُضيف يدويًا غير مفعّل',

  'launch.operator.title': 'المشغّل: تفعيل التسجيلات',
  'launch.operator.intro':
    'لمن يدير خادم LTI Rooms هذا. يبقى التسجيل الذي أنشأه نظام إدارة تعلم عبر التسجيل الديناميكي غير مفعّل إلى أن يُفعَّل هنا أو باستخدام <code>{command}</code>؛ وحتى ذلك الحين تُرفض عمليات التشغيل عبره.',
  'launch.operator.signInForm': 'تسجيل دخول المشغّل',
  'launch.operator.secret': 'سرّ المشغّل',
  'launch.operator.secretHint': 'قيمة OPERATOR_SECRET في إعدادات الخادم.',
  'launch.operator.showRegistrations': 'عرض التسجيلات',
  'launch.operator.inactiveHeading': 'التسجيلات غير المفعّلة',
  'launch.operator.pendingRemoval':
    'يُحذف التسجيل المنتظر للموافقة بعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} ما لم يُفعَّل.',
  'launch.operator.noneWaiting': 'لا يوجد تسجيل منتظر: يمكن لكل نظام إدارة تعلم مسجّل تشغيل LTI Rooms.',
  'launch.operator.activate': 'تفعيل<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': 'أصبح {name} ({issuer}، معرّف العميل {clientId}) مفعّلًا الآن. يمكن لمستخدميه تشغيل LTI Rooms.',
  'launch.operator.failed': 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  'launch.operator.unreachable': 'تعذّر الوصول إلى LTI Rooms. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.',
  'launch.operator.httpFailure': 'فشل الطلب (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'أرسل الخادم ردًا لا تفهمه هذه الصفحة. يُرجى إعادة تحميل الصفحة.',

  'launch.noSession.expiredTitle': 'انتهت صلاحية جلستك',
  'launch.noSession.roomTitle': 'افتح هذه الغرفة من المقرر الدراسي',
  'launch.noSession.title': 'افتح LTI Rooms من المقرر الدراسي',
  'launch.noSession.expired': 'حفاظًا على أمانك، تدوم زيارة LTI Rooms وقتًا محدودًا بعد فتحه من المقرر الدراسي.',
  'launch.noSession.howItOpens':
    'يُفتح LTI Rooms من المقرر الدراسي في منصة التعلم لديك (Moodle وCanvas وBrightspace وSakai…): هكذا يعرف من أنت وما الغرف التي تخصك.',
  'launch.noSession.goBack': 'ارجع إلى المقرر الدراسي واختر LTI Rooms هناك.',
  'launch.noSession.lookingUpRoom': 'جارٍ البحث عن الغرفة…',
  'launch.noSession.roomGone':
    'لم يعد هذا الرابط يؤدي إلى أي غرفة: ربما حُذفت. اسأل من شاركه، أو ارجع إلى المقرر الدراسي.',
  'launch.noSession.roomLookupFailed': 'ارجع إلى المقرر الدراسي واختر الغرفة هناك.',
  'launch.noSession.roomInNoCourse':
    'الغرفة «{name}» ليست في أي مقرر دراسي بعد. اطلب ممن شاركها أن ينشرها في مقررك الدراسي، ثم افتحها من هناك.',
  'launch.noSession.roomCourses':
    'الغرفة «{name}» موجودة في {count, plural, zero {هذه المقررات الدراسية} one {هذا المقرر الدراسي} two {هذين المقررين الدراسيين} few {هذه المقررات الدراسية} many {هذه المقررات الدراسية} other {هذه المقررات الدراسية}}. افتح المقرر الدراسي، ثم اختر الغرفة هناك:',

  'launch.notFound.title': 'الصفحة غير موجودة',
  'launch.notFound.explanation': 'لا يوجد شيء على هذا العنوان. ربما يكون الرابط قديمًا أو مكتوبًا بشكل خاطئ.',
  'launch.notFound.myRooms': 'الانتقال إلى غرفي',
  'launch.notFound.openFromCourse': 'افتح LTI Rooms من المقرر الدراسي في منصة التعلم لديك.',
};
