import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'LTI Rooms を開いています',
  'launch.login.status': 'コースに接続しています…',
  'launch.check.status': 'コースからの起動を確認しています…',
  'launch.storageAccess.title': 'このコースページで LTI Rooms を許可',
  'launch.storageAccess.heading': 'あと 1 ステップです',
  'launch.storageAccess.explanation':
    'ブラウザーの設定により、LTI Rooms はコースページ内であなたを識別できません。ここで LTI Rooms による Cookie の使用を許可すると、ルームが開きます。ブラウザーから確認を求められる場合があります。',
  'launch.storageAccess.allow': '許可して続行',
  'launch.storageAccess.openInNewWindow': '代わりに新しいウィンドウで開く',

  'launch.error.newWindow.heading': 'LTI Rooms を別のウィンドウで開く',
  'launch.error.newWindow.explanation':
    'ブラウザーにより、LTI Rooms はコースページ内で動作できませんでした。新しいウィンドウで開くと、通常は解決します。',
  'launch.error.newWindow.button': '新しいウィンドウで開く',
  'launch.error.adminHeading': 'LMS の管理者の方へ',
  'launch.error.serverDetails': '詳細: <code>{details}</code>',
  'launch.error.code': 'エラーコード: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'このルームを開けませんでした',
  'launch.refusal.launchFailed.detail': 'コースから LTI Rooms を起動できませんでした。コースからもう一度ルームを開いてください。',
  'launch.refusal.launchFailed.adminHint':
    'LTI の起動が拒否されました。理由は LTI Rooms サーバーのログに記録されています。プラットフォームが登録済みで有効になっているか確認してください。',
  'launch.refusal.launchCheckFailed.title': 'このルームを開けませんでした',
  'launch.refusal.launchCheckFailed.detail':
    '起動を確認するために LTI Rooms に接続できませんでした。接続を確認してから、コースからもう一度ルームを開いてください。',
  'launch.refusal.launchCheckFailed.adminHint':
    'ページが LTI Rooms サーバーで起動を確認できませんでした（応答がないか、応答を読み取れませんでした）。理由は LTI Rooms サーバーのログに記録されています。',
  'launch.refusal.loginParameterTooLong.title': 'LMS から送られたログインリクエストが大きすぎます',
  'launch.refusal.loginParameterTooLong.detail':
    'ログインパラメーターが LTI Rooms の受け付ける長さを超えているため、ログインを開始しませんでした。',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms が保持する各ログインパラメーターの最大文字数は次のとおりです: {limits}。プラットフォームが /lti/login に送る内容を確認してください。',
  'launch.refusal.rateLimited.title': '現在、起動が集中しています',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms が同時に受け付けられる数を超えるリクエストが、お使いのネットワークまたは LMS から届いています。しばらく待ってから、もう一度ツールを開いてください。',
  'launch.refusal.rateLimited.adminHint':
    '上限は RATE_LIMIT_LTI_PER_IP、RATE_LIMIT_LTI_PER_ACCOUNT、RATE_LIMIT_REGISTER_PER_IP で設定します（README を参照）。1 つのアドレスの背後にいるクラス全体が拒否される場合は、値を引き上げてください。',
  'launch.refusal.loginMissingParameters.title': 'LMS から送られたログインリクエストが不完全です',
  'launch.refusal.loginMissingParameters.detail': 'ログインリクエストに iss、login_hint、または target_link_uri がありません。',
  'launch.refusal.loginMissingParameters.adminHint':
    'プラットフォームが iss、login_hint、target_link_uri を指定して /lti/login で OIDC ログインを開始しているか確認してください（LTI 1.3 Core、4.1 節）。',
  'launch.refusal.unknownPlatform.title': 'この LMS は LTI Rooms に登録されていません',
  'launch.refusal.unknownPlatform.detail': 'LTI Rooms が認識していないプラットフォーム（発行者とクライアント ID）から起動されました。',
  'launch.refusal.unknownPlatform.adminHint':
    'Dynamic Registration（動的登録）または `npm run platforms -- add` でプラットフォームを登録し、発行者とクライアント ID が完全に一致しているか確認してください。',
  'launch.refusal.platformAmbiguous.title': 'この LMS のどの登録を使えばよいか LTI Rooms が判断できません',
  'launch.refusal.platformAmbiguous.detail': 'LMS がクライアント ID なしで起動を開始し、同じ発行者を持つ有効な登録が複数あります。',
  'launch.refusal.platformAmbiguous.adminHint':
    'ログインリクエストで client_id を送るように LMS を設定するか（LTI 1.3 Core、4.1 節）、使われなくなった登録を無効にしてください（`npm run platforms -- list`）。',
  'launch.refusal.targetLinkForeign.title': '起動先が LTI Rooms の外を指しています',
  'launch.refusal.targetLinkForeign.detail': 'ログインリクエストの target_link_uri がこのツールのアドレスではありません。',
  'launch.refusal.targetLinkForeign.adminHint':
    'LMS のターゲットリンク URI は、ツールの公開アドレス（PUBLIC_URL）に /lti/launch を続けたものでなければなりません。',
  'launch.refusal.platformInactive.title': 'この LMS では LTI Rooms がまだ有効になっていません',
  'launch.refusal.platformInactive.detail': 'このプラットフォームは登録済みですが、管理者がまだ有効にしていません。',
  'launch.refusal.platformInactive.adminHint':
    'LTI Rooms のオペレーターがこの登録を有効にする必要があります（`npm run platforms -- list` と `activate`、またはオペレーターページ）。ツールを開いた LMS 管理者には、どの登録かが表示されます。',
  'launch.refusal.deploymentMissing.title': '起動にデプロイメントが指定されていません',
  'launch.refusal.deploymentMissing.detail': 'id_token に deployment_id クレームがありません。',
  'launch.refusal.deploymentMissing.adminHint': 'プラットフォームは毎回の起動で https://purl.imsglobal.org/spec/lti/claim/deployment_id を送る必要があります。',
  'launch.refusal.deploymentUnknown.title': 'この LTI Rooms のデプロイメントは登録されていません',
  'launch.refusal.deploymentUnknown.detail': 'このプラットフォームに登録されたことのないデプロイメント ID から起動されました。',
  'launch.refusal.deploymentUnknown.adminHint':
    'デプロイメント ID をプラットフォームの登録に追加するか（`npm run platforms -- add-deployment`）、Dynamic Registration でツールを登録し直してください。',
  'launch.refusal.missingIdToken.title': 'この起動には LTI メッセージが含まれていません',
  'launch.refusal.missingIdToken.detail': '/lti/launch へのリクエストに id_token がありません。',
  'launch.refusal.missingIdToken.adminHint':
    'プラットフォームは id_token と state のフォームフィールドを /lti/launch に POST する必要があります（form_post レスポンスモード）。',
  'launch.refusal.malformedIdToken.title': 'LTI メッセージを読み取れませんでした',
  'launch.refusal.malformedIdToken.detail': 'id_token が正しい形式の署名付き JWT ではありません。',
  'launch.refusal.malformedIdToken.adminHint': 'プラットフォームの LTI 1.3 設定を確認してください。id_token は RS256 で署名された JWT である必要があります。',
  'launch.refusal.missingState.title': '起動のログイン状態が失われました',
  'launch.refusal.missingState.detail': '/lti/launch へのリクエストに state フィールドがありません。',
  'launch.refusal.missingState.adminHint': 'プラットフォームは認可エンドポイントで受け取った state を変更せずに返す必要があります。',
  'launch.refusal.stateCookieMissing.title': 'ブラウザーがコースページ内の LTI Rooms をブロックしました',
  'launch.refusal.stateCookieMissing.detail':
    'Cookie が送信されなかったため、この起動をこのブラウザーに結び付けられませんでした。サードパーティ Cookie がブロックされているときに起こります。',
  'launch.refusal.stateCookieMissing.adminHint':
    'ツールを新しいウィンドウで開くようユーザーに依頼するか、このサイトのサードパーティ Cookie を許可してください。Cookie を SameSite=None; Secure にするため、ツールは https で配信する必要があります。',
  'launch.refusal.stateMismatch.title': 'この起動は別のブラウザーウィンドウのものです',
  'launch.refusal.stateMismatch.detail': '起動のログイン状態が、このブラウザーのログイン Cookie と一致しません。',
  'launch.refusal.stateMismatch.adminHint': '通常、起動が再送または転送されたことを意味します。コースからもう一度起動してください。',
  'launch.refusal.stateUnknown.title': 'この起動は期限切れです',
  'launch.refusal.stateUnknown.detail': 'この起動を開始したログインが不明か、10 分以上前のものです。',
  'launch.refusal.stateUnknown.adminHint': 'コースからもう一度起動してください。繰り返し起こる場合は、ツールサーバーの時計を確認してください。',
  'launch.refusal.launchReplayed.title': 'この起動はすでに使用されています',
  'launch.refusal.launchReplayed.detail': '同じログインが 2 回提示されました。各起動は 1 回しか使用できません。',
  'launch.refusal.launchReplayed.adminHint':
    'コースからもう一度起動してください。再送が繰り返される場合は、攻撃や、リクエストを再送するプロキシーの可能性があります。',
  'launch.refusal.badSignature.title': 'LTI メッセージの署名が無効です',
  'launch.refusal.badSignature.detail': 'id_token が登録済みプラットフォームの鍵で署名されていません。',
  'launch.refusal.badSignature.adminHint':
    '登録にあるプラットフォームの公開鍵セット URL（JWKS）と、プラットフォームがそこに記載された鍵で署名しているかを確認してください。',
  'launch.refusal.wrongIssuer.title': 'LTI メッセージが誤ったプラットフォームから送られました',
  'launch.refusal.wrongIssuer.detail': 'id_token の発行者が、ログインを開始したプラットフォームではありません。',
  'launch.refusal.wrongIssuer.adminHint': '登録にあるプラットフォームの発行者が、送られてくる iss クレームと一致しているか確認してください。',
  'launch.refusal.wrongAudience.title': 'LTI メッセージは別のツール宛てでした',
  'launch.refusal.wrongAudience.detail': 'id_token のオーディエンスに、このツールのクライアント ID が含まれていません。',
  'launch.refusal.wrongAudience.adminHint': '登録のクライアント ID を、プラットフォームが送る aud クレームおよび azp クレームと照合してください。',
  'launch.refusal.tokenExpired.title': 'LTI メッセージの有効期限が切れています',
  'launch.refusal.tokenExpired.detail': 'id_token の有効期限を過ぎています。',
  'launch.refusal.tokenExpired.adminHint': 'もう一度起動してください。繰り返し起こる場合は、LMS とツールサーバーの時計を比較してください。',
  'launch.refusal.tokenTooOld.title': 'LTI メッセージが古すぎます',
  'launch.refusal.tokenTooOld.detail': 'id_token は 5 分以上前に発行されています。',
  'launch.refusal.tokenTooOld.adminHint': 'もう一度起動してください。繰り返し起こる場合は、LMS とツールサーバーの時計を比較してください。',
  'launch.refusal.tokenNotYetValid.title': 'LTI メッセージの日時が未来になっています',
  'launch.refusal.tokenNotYetValid.detail': 'id_token の発行時刻が未来になっています。',
  'launch.refusal.tokenNotYetValid.adminHint': 'LMS とツールサーバーの時計を比較してください（NTP）。',
  'launch.refusal.platformKeysUnavailable.title': 'この起動を確認するために LMS に接続できませんでした',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms は起動を検証するためのプラットフォームの公開鍵を取得できませんでした。',
  'launch.refusal.platformKeysUnavailable.adminHint':
    '登録にある鍵セット URL（JWKS）にツールサーバーから到達できるか確認してください。',
  'launch.refusal.nonceMismatch.title': 'LTI メッセージがこのログインに対応していません',
  'launch.refusal.nonceMismatch.detail': 'id_token の nonce が、このログインで LTI Rooms が送ったものと異なります。',
  'launch.refusal.nonceMismatch.adminHint': 'プラットフォームは認可リクエストの nonce を id_token にそのままコピーする必要があります。',
  'launch.refusal.nonceReplayed.title': 'この LTI メッセージはすでに使用されています',
  'launch.refusal.nonceReplayed.detail': 'id_token の nonce は以前に受け付け済みです。各メッセージは 1 回しか使用できません。',
  'launch.refusal.nonceReplayed.adminHint': '再送された id_token は、攻撃や誤動作しているプロキシーの可能性があります。',
  'launch.refusal.claimTooLong.title': 'LTI メッセージに LTI Rooms が保存できない識別子が含まれています',
  'launch.refusal.claimTooLong.detail':
    'id_token 内の識別子（ユーザー、コース、リンク、またはデプロイメントの ID）が 255 文字を超えています。',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 ではこれらの識別子は 255 文字までです（LTI 1.3 Core、5.1.2 節、5.3.1 節、5.4.1 節）。詳細に示されたクレームでプラットフォームが送っている内容を確認してください。',
  'launch.refusal.invalidClaims.title': 'LTI メッセージが不完全です',
  'launch.refusal.invalidClaims.detail': 'id_token に LTI 1.3 で必須のクレームがありません。',
  'launch.refusal.invalidClaims.adminHint': '詳細に示されたクレームを LTI 1.3 Core の 5 節と照らし合わせて確認してください。',
  'launch.refusal.roomNotInCourse.title': 'このルームはこのコースに含まれていません',
  'launch.refusal.roomNotInCourse.detail': 'リンク先のルームはこのコースで公開されておらず、あなたはここで公開できません。',
  'launch.refusal.roomNotInCourse.adminHint':
    'ルームへのリンクが開くのは、そのルームが公開されているコース内か、そのコースで公開できる人（所有者、またはそのコースの教師である共同公開者）の場合だけです。ルームの編集ページからこのコースに公開するか、Deep Linking でリンクを配置し直してください。ルームの参照が編集されたリンクや、別のプラットフォームからコピーされたリンクは拒否されます。',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms はこの種類の起動を処理できません',
  'launch.refusal.unsupportedMessage.detail': 'サポートされているのは、リソースリンク（resource link）と Deep Linking による起動だけです。',
  'launch.refusal.unsupportedMessage.adminHint':
    'LTI Rooms を外部ツールのリンクとして配置するか、コンテンツ選択（Deep Linking）の手順で配置してください。',

  'launch.inactiveRegistration.heading': 'この登録は有効化を待っています',
  'launch.inactiveRegistration.explanation':
    'あなたはこの LMS の管理者なので、LTI Rooms のどの登録かが表示されています。LTI Rooms のオペレーター（LTI Rooms サーバーを運用している人）が有効にするまで、この登録を経由した起動はすべて拒否されます。以下の情報をオペレーターに送ってください。',
  'launch.inactiveRegistration.commandIntro': 'オペレーターはサーバー上で次のコマンドで有効にします:',
  'launch.inactiveRegistration.operatorPage':
    'または、サーバーにオペレーターシークレットが設定されていれば、LTI Rooms のオペレーターページ（<code>{path}</code>）で有効にできます。',
  'launch.inactiveRegistration.removedIfPending':
    '誰も有効にしない登録は {days, plural, other {# 日}}後に削除されます。その場合は登録し直してください。',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': '発行者',
  'launch.registration.clientId': 'クライアント ID',
  'launch.registration.deploymentId': 'デプロイメント ID',
  'launch.registration.deploymentIds': 'デプロイメント ID',
  'launch.registration.noDeploymentYet': 'まだありません',
  'launch.registration.id': '登録 ID',
  'launch.registration.registered': '登録日時',
  'launch.registration.status': '状態',
  'launch.registration.pendingSince': '{when} から承認待ち',
  'launch.registration.inactive': '無効化済み、または手動で無効として追加',

  'launch.operator.title': 'オペレーター: 登録の有効化',
  'launch.operator.intro':
    'この LTI Rooms サーバーを運用している方向けのページです。LMS が Dynamic Registration で作成した登録は、ここまたは <code>{command}</code> で有効にするまで無効のままで、それまでその起動は拒否されます。',
  'launch.operator.signInForm': 'オペレーターのサインイン',
  'launch.operator.secret': 'オペレーターシークレット',
  'launch.operator.secretHint': 'サーバー設定の OPERATOR_SECRET の値です。',
  'launch.operator.showRegistrations': '登録を表示',
  'launch.operator.inactiveHeading': '無効な登録',
  'launch.operator.pendingRemoval': '承認待ちの登録は、有効にされないまま {days, plural, other {# 日}}が経過すると削除されます。',
  'launch.operator.noneWaiting': '待機中の登録はありません。登録済みのすべての LMS から LTI Rooms を起動できます。',
  'launch.operator.activate': '有効にする<hidden>: {name}（{clientId}）</hidden>',
  'launch.operator.activated': '{name}（{issuer}、クライアント ID {clientId}）が有効になりました。そのユーザーは LTI Rooms を起動できます。',
  'launch.operator.failed': '問題が発生しました。もう一度お試しください。',
  'launch.operator.unreachable': 'LTI Rooms に接続できませんでした。接続を確認して、もう一度お試しください。',
  'launch.operator.httpFailure': 'リクエストが失敗しました（HTTP {status}）。',
  'launch.operator.unreadableAnswer': 'サーバーから、このページが理解できない応答が返されました。ページを再読み込みしてください。',

  'launch.noSession.expiredTitle': 'セッションの有効期限が切れました',
  'launch.noSession.roomTitle': 'このルームはコースから開いてください',
  'launch.noSession.title': 'LTI Rooms はコースから開いてください',
  'launch.noSession.expired': 'セキュリティのため、コースから開いた LTI Rooms の利用時間には制限があります。',
  'launch.noSession.howItOpens':
    'LTI Rooms は学習プラットフォーム（Moodle、Canvas、Brightspace、Sakai など）のコースから開きます。それによって、あなたが誰で、どのルームがあなたのものかを判断します。',
  'launch.noSession.goBack': 'コースに戻り、そこで LTI Rooms を選択してください。',
  'launch.noSession.lookingUpRoom': 'ルームを検索しています…',
  'launch.noSession.roomGone':
    'このリンクの先にはもうルームがありません。削除された可能性があります。共有した人に問い合わせるか、コースに戻ってください。',
  'launch.noSession.roomLookupFailed': 'コースに戻り、そこでルームを選択してください。',
  'launch.noSession.roomInNoCourse':
    '「{name}」はまだどのコースにも含まれていません。共有した人にあなたのコースで公開するよう依頼し、そこから開いてください。',
  'launch.noSession.roomCourses':
    '「{name}」は{count, plural, other {次のコース}}にあります。コースを開き、そこでルームを選択してください:',

  'launch.notFound.title': 'ページが見つかりません',
  'launch.notFound.explanation': 'このアドレスには何もありません。リンクが古いか、入力が間違っている可能性があります。',
  'launch.notFound.myRooms': 'マイルームへ移動',
  'launch.notFound.openFromCourse': '学習プラットフォームのコースから LTI Rooms を開いてください。',
};
