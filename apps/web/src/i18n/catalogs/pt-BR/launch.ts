import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'Abrindo o LTI Rooms',
  'launch.login.status': 'Conectando ao seu curso…',
  'launch.check.status': 'Verificando seu acesso pelo curso…',
  'launch.storageAccess.title': 'Permitir o LTI Rooms nesta página do curso',
  'launch.storageAccess.heading': 'Só mais um passo',
  'launch.storageAccess.explanation':
    'Seu navegador impede que o LTI Rooms reconheça você dentro da página do curso. Permita que ele use os cookies dele aqui e a sala será aberta. O navegador pode pedir que você confirme.',
  'launch.storageAccess.allow': 'Permitir e continuar',
  'launch.storageAccess.openInNewWindow': 'Abrir em uma nova janela',

  'launch.error.newWindow.heading': 'Abrir o LTI Rooms em uma janela própria',
  'launch.error.newWindow.explanation':
    'Seu navegador impediu que o LTI Rooms funcionasse dentro da página do curso. Abrir em uma nova janela geralmente resolve isso.',
  'launch.error.newWindow.button': 'Abrir em uma nova janela',
  'launch.error.adminHeading': 'Para o administrador do seu LMS',
  'launch.error.serverDetails': 'Detalhes: <code>{details}</code>',
  'launch.error.code': 'Código do erro: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'Não foi possível abrir esta sala',
  'launch.refusal.launchFailed.detail': 'Seu curso não conseguiu iniciar o LTI Rooms. Abra a sala novamente a partir do seu curso.',
  'launch.refusal.launchFailed.adminHint':
    'O acesso LTI foi rejeitado. O log do servidor do LTI Rooms informa o motivo; verifique se a plataforma está registrada e ativa.',
  'launch.refusal.launchCheckFailed.title': 'Não foi possível abrir esta sala',
  'launch.refusal.launchCheckFailed.detail':
    'Não foi possível contatar o LTI Rooms para verificar seu acesso. Verifique sua conexão e abra a sala novamente pelo seu curso.',
  'launch.refusal.launchCheckFailed.adminHint':
    'A página não conseguiu confirmar o acesso com o servidor do LTI Rooms (sem resposta, ou uma resposta ilegível). O log do servidor do LTI Rooms informa o motivo.',
  'launch.refusal.loginParameterTooLong.title': 'O LMS enviou uma solicitação de login grande demais',
  'launch.refusal.loginParameterTooLong.detail':
    'Um parâmetro de login é mais longo do que o LTI Rooms aceita, por isso o login não foi iniciado.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'O LTI Rooms guarda no máximo esta quantidade de caracteres de cada parâmetro de login: {limits}. Verifique o que a plataforma envia para /lti/login.',
  'launch.refusal.rateLimited.title': 'Acessos demais neste momento',
  'launch.refusal.rateLimited.detail':
    'O LTI Rooms está recebendo da sua rede ou do seu LMS mais solicitações do que aceita de uma vez. Aguarde um momento e abra a ferramenta novamente.',
  'launch.refusal.rateLimited.adminHint':
    'Os limites são definidos por RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT e RATE_LIMIT_REGISTER_PER_IP (consulte o README); aumente-os se uma turma inteira atrás de um mesmo endereço for recusada.',
  'launch.refusal.loginMissingParameters.title': 'O LMS enviou uma solicitação de login incompleta',
  'launch.refusal.loginMissingParameters.detail': 'Falta iss, login_hint ou target_link_uri na solicitação de login.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Verifique se a plataforma inicia o login OIDC em /lti/login com iss, login_hint e target_link_uri (LTI 1.3 Core, seção 4.1).',
  'launch.refusal.unknownPlatform.title': 'Este LMS não está registrado no LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'O acesso veio de uma plataforma (emissor e ID do cliente) que o LTI Rooms não conhece.',
  'launch.refusal.unknownPlatform.adminHint':
    'Registre a plataforma com o registro dinâmico (Dynamic Registration) ou com `npm run platforms -- add` e verifique se o emissor e o ID do cliente coincidem exatamente.',
  'launch.refusal.platformAmbiguous.title': 'O LTI Rooms não consegue saber qual registro deste LMS usar',
  'launch.refusal.platformAmbiguous.detail': 'O LMS iniciou o acesso sem ID do cliente, e vários registros ativos compartilham o mesmo emissor.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Configure o LMS para enviar client_id na solicitação de login (LTI 1.3 Core, seção 4.1) ou desative os registros que não são mais usados (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'O acesso aponta para fora do LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'O target_link_uri da solicitação de login não é um endereço desta ferramenta.',
  'launch.refusal.targetLinkForeign.adminHint':
    'A URI do link de destino no LMS deve começar com o endereço público da ferramenta (PUBLIC_URL), seguido de /lti/launch.',
  'launch.refusal.platformInactive.title': 'O LTI Rooms ainda não está ativado para este LMS',
  'launch.refusal.platformInactive.detail': 'Esta plataforma está registrada, mas um administrador ainda não a ativou.',
  'launch.refusal.platformInactive.adminHint':
    'Um operador do LTI Rooms precisa ativar este registro (`npm run platforms -- list` e `activate`, ou a página do operador). Um administrador do LMS que abre a ferramenta vê qual é o registro.',
  'launch.refusal.deploymentMissing.title': 'O acesso não indica nenhuma implantação',
  'launch.refusal.deploymentMissing.detail': 'O id_token não contém a claim deployment_id.',
  'launch.refusal.deploymentMissing.adminHint': 'A plataforma deve enviar https://purl.imsglobal.org/spec/lti/claim/deployment_id em todo acesso.',
  'launch.refusal.deploymentUnknown.title': 'Esta implantação do LTI Rooms não está registrada',
  'launch.refusal.deploymentUnknown.detail': 'O acesso veio de um ID de implantação que nunca foi registrado para esta plataforma.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Adicione o ID de implantação ao registro da plataforma (`npm run platforms -- add-deployment`) ou registre a ferramenta novamente com o registro dinâmico.',
  'launch.refusal.missingIdToken.title': 'Este acesso não trouxe nenhuma mensagem LTI',
  'launch.refusal.missingIdToken.detail': 'A solicitação para /lti/launch não tem id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'A plataforma deve enviar via POST os campos de formulário id_token e state para /lti/launch (modo de resposta form_post).',
  'launch.refusal.malformedIdToken.title': 'Não foi possível ler a mensagem LTI',
  'launch.refusal.malformedIdToken.detail': 'O id_token não é um JWT assinado bem formado.',
  'launch.refusal.malformedIdToken.adminHint': 'Verifique a configuração LTI 1.3 da plataforma; o id_token deve ser um JWT assinado com RS256.',
  'launch.refusal.missingState.title': 'O acesso perdeu seu estado de login',
  'launch.refusal.missingState.detail': 'A solicitação para /lti/launch não tem o campo state.',
  'launch.refusal.missingState.adminHint': 'A plataforma deve devolver sem alterações o state que recebeu no seu endpoint de autorização.',
  'launch.refusal.stateCookieMissing.title': 'Seu navegador bloqueou o LTI Rooms dentro da página do curso',
  'launch.refusal.stateCookieMissing.detail':
    'Não foi possível vincular o acesso a este navegador porque o cookie dele não foi enviado. Isso acontece quando cookies de terceiros estão bloqueados.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Peça aos usuários que abram a ferramenta em uma nova janela ou permita cookies de terceiros para este site. A ferramenta deve ser servida por https para que seus cookies sejam SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'Este acesso pertence a outra janela do navegador',
  'launch.refusal.stateMismatch.detail': 'O estado de login do acesso não corresponde ao cookie de login deste navegador.',
  'launch.refusal.stateMismatch.adminHint': 'Isso geralmente significa que um acesso foi repetido ou encaminhado. Acesse novamente pelo curso.',
  'launch.refusal.stateUnknown.title': 'Este acesso expirou',
  'launch.refusal.stateUnknown.detail': 'O login que iniciou este acesso é desconhecido ou tem mais de dez minutos.',
  'launch.refusal.stateUnknown.adminHint': 'Acesse novamente pelo curso. Se continuar acontecendo, verifique o relógio do servidor da ferramenta.',
  'launch.refusal.launchReplayed.title': 'Este acesso já foi usado',
  'launch.refusal.launchReplayed.detail': 'O mesmo login foi apresentado duas vezes. Cada acesso só pode ser usado uma vez.',
  'launch.refusal.launchReplayed.adminHint':
    'Acesse novamente pelo curso. Repetições frequentes podem indicar um ataque ou um proxy reenviando solicitações.',
  'launch.refusal.badSignature.title': 'A assinatura da mensagem LTI não é válida',
  'launch.refusal.badSignature.detail': 'O id_token não foi assinado por uma chave da plataforma registrada.',
  'launch.refusal.badSignature.adminHint':
    'Verifique a URL do conjunto de chaves públicas (JWKS) da plataforma no registro e se a plataforma assina com uma chave listada nele.',
  'launch.refusal.wrongIssuer.title': 'A mensagem LTI veio da plataforma errada',
  'launch.refusal.wrongIssuer.detail': 'O emissor do id_token não é a plataforma com que o login começou.',
  'launch.refusal.wrongIssuer.adminHint': 'Verifique se o emissor da plataforma no registro corresponde à claim iss que ela envia.',
  'launch.refusal.wrongAudience.title': 'A mensagem LTI era destinada a outra ferramenta',
  'launch.refusal.wrongAudience.detail': 'O público (audience) do id_token não inclui o ID do cliente desta ferramenta.',
  'launch.refusal.wrongAudience.adminHint': 'Compare o ID do cliente no registro com as claims aud e azp que a plataforma envia.',
  'launch.refusal.tokenExpired.title': 'A mensagem LTI expirou',
  'launch.refusal.tokenExpired.detail': 'O prazo de validade do id_token já passou.',
  'launch.refusal.tokenExpired.adminHint': 'Acesse novamente. Se continuar acontecendo, compare os relógios do LMS e do servidor da ferramenta.',
  'launch.refusal.tokenTooOld.title': 'A mensagem LTI é antiga demais',
  'launch.refusal.tokenTooOld.detail': 'O id_token foi emitido há mais de cinco minutos.',
  'launch.refusal.tokenTooOld.adminHint': 'Acesse novamente. Se continuar acontecendo, compare os relógios do LMS e do servidor da ferramenta.',
  'launch.refusal.tokenNotYetValid.title': 'A mensagem LTI está datada no futuro',
  'launch.refusal.tokenNotYetValid.detail': 'O horário de emissão do id_token está no futuro.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Compare os relógios do LMS e do servidor da ferramenta (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'Não foi possível contatar o LMS para verificar este acesso',
  'launch.refusal.platformKeysUnavailable.detail': 'O LTI Rooms não conseguiu obter as chaves públicas da plataforma para verificar o acesso.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Verifique se a URL do conjunto de chaves (JWKS) no registro pode ser acessada a partir do servidor da ferramenta.',
  'launch.refusal.nonceMismatch.title': 'A mensagem LTI não responde a este login',
  'launch.refusal.nonceMismatch.detail': 'O nonce do id_token não é o que o LTI Rooms enviou para este login.',
  'launch.refusal.nonceMismatch.adminHint': 'A plataforma deve copiar o nonce da solicitação de autorização para o id_token.',
  'launch.refusal.nonceReplayed.title': 'Esta mensagem LTI já foi usada',
  'launch.refusal.nonceReplayed.detail': 'O nonce do id_token já foi aceito antes; cada mensagem só pode ser usada uma vez.',
  'launch.refusal.nonceReplayed.adminHint': 'Um id_token repetido pode indicar um ataque ou um proxy com defeito.',
  'launch.refusal.claimTooLong.title': 'A mensagem LTI traz um identificador que o LTI Rooms não consegue guardar',
  'launch.refusal.claimTooLong.detail':
    'Um identificador no id_token (o ID do usuário, do curso, do link ou da implantação) tem mais de 255 caracteres.',
  'launch.refusal.claimTooLong.adminHint':
    'O LTI 1.3 limita esses identificadores a 255 caracteres (LTI 1.3 Core, seções 5.1.2, 5.3.1 e 5.4.1). Verifique o que a plataforma envia na claim indicada nos detalhes.',
  'launch.refusal.invalidClaims.title': 'A mensagem LTI está incompleta',
  'launch.refusal.invalidClaims.detail': 'Faltam no id_token claims que o LTI 1.3 exige.',
  'launch.refusal.invalidClaims.adminHint': 'Verifique a claim indicada nos detalhes em relação ao LTI 1.3 Core, seção 5.',
  'launch.refusal.roomNotInCourse.title': 'Esta sala não faz parte deste curso',
  'launch.refusal.roomNotInCourse.detail': 'O link aponta para uma sala que não está publicada neste curso, e você não pode publicá-la aqui.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Um link para uma sala só abre em um curso em que a sala está publicada, ou para alguém que pode publicá-la lá (o proprietário ou um copublicador que seja professor do curso). Publique a sala neste curso pela página de edição dela ou insira o link novamente com Deep Linking; links cuja referência à sala foi editada ou copiada de outra plataforma são recusados.',
  'launch.refusal.unsupportedMessage.title': 'O LTI Rooms não consegue tratar este tipo de acesso',
  'launch.refusal.unsupportedMessage.detail': 'Só são aceitos acessos por link de recurso (resource link) e por Deep Linking.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Insira o LTI Rooms como link de ferramenta externa ou pelo fluxo de seleção de conteúdo (Deep Linking).',

  'launch.inactiveRegistration.heading': 'Este registro aguarda ativação',
  'launch.inactiveRegistration.explanation':
    'Você é administrador deste LMS, por isso vê qual é este registro do LTI Rooms. O LTI Rooms recusa todo acesso por ele até que um operador do LTI Rooms (quem mantém o servidor do LTI Rooms) o ative. Envie a ele estes dados.',
  'launch.inactiveRegistration.commandIntro': 'O operador o ativa no servidor com:',
  'launch.inactiveRegistration.operatorPage':
    'ou na página do operador do LTI Rooms (<code>{path}</code>), quando o servidor tem um segredo de operador configurado.',
  'launch.inactiveRegistration.removedIfPending':
    'Um registro que ninguém ativa é removido após {days, plural, one {# dia} other {# dias}}; nesse caso, registre a ferramenta novamente.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Emissor',
  'launch.registration.clientId': 'ID do cliente',
  'launch.registration.deploymentId': 'ID de implantação',
  'launch.registration.deploymentIds': 'IDs de implantação',
  'launch.registration.noDeploymentYet': 'Nenhum ainda',
  'launch.registration.id': 'ID do registro',
  'launch.registration.registered': 'Registrado em',
  'launch.registration.status': 'Status',
  'launch.registration.pendingSince': 'Aguardando aprovação desde {when}',
  'launch.registration.inactive': 'Desativado, ou adicionado como inativo manualmente',

  'launch.operator.title': 'Operador: ativar registros',
  'launch.operator.intro':
    'Para quem mantém este servidor do LTI Rooms. Um registro feito por um LMS via registro dinâmico fica inativo até ser ativado aqui ou com <code>{command}</code>; até lá, seus acessos são recusados.',
  'launch.operator.signInForm': 'Entrada do operador',
  'launch.operator.secret': 'Segredo do operador',
  'launch.operator.secretHint': 'O valor de OPERATOR_SECRET na configuração do servidor.',
  'launch.operator.showRegistrations': 'Mostrar registros',
  'launch.operator.inactiveHeading': 'Registros inativos',
  'launch.operator.pendingRemoval':
    'Um registro aguardando aprovação é removido após {days, plural, one {# dia} other {# dias}} se não for ativado.',
  'launch.operator.noneWaiting': 'Nenhum registro aguardando: todo LMS registrado pode abrir o LTI Rooms.',
  'launch.operator.activate': 'Ativar<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, ID do cliente {clientId}) agora está ativo. Seus usuários podem abrir o LTI Rooms.',
  'launch.operator.failed': 'Algo deu errado. Tente novamente.',
  'launch.operator.unreachable': 'Não foi possível contatar o LTI Rooms. Verifique sua conexão e tente novamente.',
  'launch.operator.httpFailure': 'A solicitação falhou (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'O servidor enviou uma resposta que esta página não entende. Recarregue a página.',

  'launch.noSession.expiredTitle': 'Sua sessão expirou',
  'launch.noSession.roomTitle': 'Abra esta sala pelo seu curso',
  'launch.noSession.title': 'Abra o LTI Rooms pelo seu curso',
  'launch.noSession.expired': 'Para sua segurança, uma visita ao LTI Rooms dura um tempo limitado depois que você o abre pelo seu curso.',
  'launch.noSession.howItOpens':
    'O LTI Rooms é aberto pelo seu curso na sua plataforma de aprendizagem (Moodle, Canvas, Brightspace, Sakai…): é assim que ele sabe quem você é e quais salas são suas.',
  'launch.noSession.goBack': 'Volte ao seu curso e selecione o LTI Rooms lá.',
  'launch.noSession.lookingUpRoom': 'Procurando a sala…',
  'launch.noSession.roomGone':
    'Este link não leva mais a nenhuma sala: ela pode ter sido excluída. Pergunte a quem compartilhou o link ou volte ao seu curso.',
  'launch.noSession.roomLookupFailed': 'Volte ao seu curso e selecione a sala lá.',
  'launch.noSession.roomInNoCourse':
    '“{name}” ainda não está em nenhum curso. Peça a quem compartilhou que a publique no seu curso e depois abra-a por lá.',
  'launch.noSession.roomCourses':
    '“{name}” está {count, plural, one {neste curso} other {nestes cursos}}. Abra o curso e selecione a sala lá:',

  'launch.notFound.title': 'Página não encontrada',
  'launch.notFound.explanation': 'Não há nada neste endereço. O link pode estar desatualizado ou digitado errado.',
  'launch.notFound.myRooms': 'Ir para Minhas salas',
  'launch.notFound.openFromCourse': 'Abra o LTI Rooms pelo seu curso na sua plataforma de aprendizagem.',
};
