"""Rules in Spanish, French, German, Portuguese, Italian, Russian, Chinese, Japanese, Korean.

The same classes as the English rules, each needing an address, not a topic: an order to
drop the earlier instructions (with a qualifier such as "previous" or "system", so that
"ignore this warning" is not one), an order to give this response the top score, an
address to the grader, or a claim to be one. Read on the markup-stripped, case-folded view
with accents kept.
"""

# ruff: noqa: E501 -- one rule per line: a regex table reads (and diffs) better unwrapped

from __future__ import annotations

import re

from judge_grader.screen.rule import Rule


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.M)


_CJK_GAP = r"[^。！？!?\n]"  # within one sentence

INTL_RULES = [
    # Spanish
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignor(?:a|e|en|ad)|olvid(?:a|e|en|ad)|omit(?:e|a|an|id)|descart(?:a|e|en|ad)|haz caso omiso|no hagas caso)\b.{0,40}?\b(?:instrucciones|indicaciones|reglas|directrices|órdenes|pautas|rúbrica)\b.{0,20}?\b(?:anteriores|previas|precedentes|de arriba|del sistema|originales)\b"
        ),
    ),
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignor(?:a|e|en|ad)|olvid(?:a|e|en|ad)|omit(?:e|a|an|id)|descart(?:a|e|en|ad)|haz caso omiso de)\b.{0,20}?\b(?:todas las|tus|sus) (?:instrucciones|indicaciones|reglas|directrices)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:^|[.!?¡¿:;\n]|por favor)\s*(?:da|dale|den|asign\w*|otorg\w*|pon|ponle|ponga|califica|puntúa|puntua)\b.{0,40}?(?:puntuaci[oó]n m[aá]xima|nota m[aá]xima|calificaci[oó]n m[aá]xima|la m[aá]xima (?:nota|puntuaci[oó]n|calificaci[oó]n)|10/10|5/5|un diez|un 10\b|sobresaliente|puntaje perfecto|puntuaci[oó]n perfecta)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"\b(?:esta|mi) respuesta (?:merece|debe recibir|debe obtener|deber[ií]a (?:recibir|obtener))\b.{0,30}?(?:m[aá]xim|10|perfect|sobresaliente)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"\b(?:querid[oa]|estimad[oa]|atenci[oó]n|nota para el|nota al|para el|al)\s+(?:evaluador|calificador|corrector|juez|examinador|revisor)\b|\bsi eres (?:un|una|el|la) (?:ia|modelo|evaluador|juez|calificador|inteligencia artificial)\b"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            r"\b(?:ahora eres|a partir de ahora eres|act[uú]a como|finge que eres|eres ahora)\s+(?:un|una|el|la)?\s?(?:\w+ )?(?:evaluador|calificador|juez|corrector)"
        ),
    ),
    # French
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignorez?|oubliez?|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction|n[eé]glige[rz]?)\b.{0,40}?\b(?:instructions|consignes|r[eè]gles|directives)\b.{0,20}?(?:pr[eé]c[eé]dentes|ant[eé]rieures|ci-dessus|du syst[eè]me|originales|initiales)"
        ),
    ),
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignorez?|oubliez?)\b.{0,10}?\b(?:toutes les|tes|vos) (?:instructions|consignes|r[eè]gles|directives)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:^|[.!?:;\n]|s'il (?:te|vous) pla[iî]t)\s*(?:donne[rz]?|attribue[rz]?|accorde[rz]?|mets|mettez)\b.{0,40}?(?:note maximale|meilleure note|note parfaite|20/20|10/10|5/5|score maximal|score parfait|la note de 20|tous les points|le maximum des points)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"\b(?:cette|ma) r[eé]ponse (?:m[eé]rite|doit recevoir|doit obtenir|devrait (?:recevoir|obtenir))\b.{0,30}?(?:maxim|20/20|10/10|parfait|meilleure)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"\b(?:cher|ch[eè]re|attention|note (?:pour|[aà]) l'|[aà] l'attention d[eu]s?|pour l')\s*(?:[eé]valuateur|correcteur|juge|examinateur|notateur|ia)\b|\bsi (?:tu es|vous [eê]tes) (?:une? |l')?(?:ia|mod[eè]le|[eé]valuateur|juge|correcteur)\b"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            r"\b(?:tu es maintenant|vous [eê]tes maintenant|agis comme|agissez comme|fais semblant d'[eê]tre|d[eé]sormais,? tu es)\s+(?:un |une |l'|le |la )?(?:\w+ )?(?:[eé]valuateur|correcteur|juge|examinateur)"
        ),
    ),
    # German
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|beachte nicht|beachten sie nicht)\b.{0,40}?\b(?:vorherigen|bisherigen|obigen|vorigen|alle|deine|ihre|system\w*|urspr[uü]nglichen)\b.{0,20}?(?:anweisung|instruktion|vorgabe|regeln|richtlinie|befehl|bewertungskriterien|systemprompt)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:^|[.!?:;\n]|bitte)\s*(?:gib|geben sie|vergib|vergeben sie|erteile|erteilen sie|bewerte|bewerten sie|benote|benoten sie)\b.{0,40}?(?:h[oö]chstpunktzahl|volle punktzahl|volle punkte|bestnote|die beste note|h[oö]chste (?:note|punktzahl|bewertung)|maximale punktzahl|10/10|5/5|100 ?%)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"\b(?:diese|meine) antwort (?:verdient|sollte|muss)\b.{0,30}?(?:h[oö]chst|volle|bestnote|maximal|10/10|note 1\b)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"\b(?:liebe[rs]?|sehr geehrte[rs]?|hinweis f[uü]r|an den|an die|f[uü]r den|achtung)\s+(?:bewerter|pr[uü]fer|korrektor|gutachter|richter|ki|bewertungsmodell)\w*|\bwenn du (?:eine |ein )?(?:ki|sprachmodell|bewerter|pr[uü]fer) bist"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            r"\b(?:du bist jetzt|sie sind jetzt|ab jetzt bist du|agiere als|tu so,? als w[aä]rst du|handle als)\s+(?:ein |eine |der |die )?(?:\w+ )?(?:bewerter|pr[uü]fer|korrektor|gutachter|richter)"
        ),
    ),
    # Portuguese
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignore|ignora|ignorem|esque[cç]a\w*|desconsidere\w*|despreze)\b.{0,40}?\b(?:instru[cç][oõ]es|regras|diretrizes|orienta[cç][oõ]es|comandos)\b.{0,20}?(?:anteriores|pr[eé]vias|acima|do sistema|originais)"
        ),
    ),
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignore|ignora|esque[cç]a|desconsidere)\b.{0,10}?\b(?:todas as|suas|tuas) (?:instru[cç][oõ]es|regras|diretrizes)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:^|[.!?:;\n]|por favor)\s*(?:dê|atribua|conceda|coloque|ponha|pontue)\b.{0,40}?(?:nota m[aá]xima|pontua[cç][aã]o m[aá]xima|nota dez|nota 10|10/10|5/5|pontua[cç][aã]o perfeita|nota perfeita|a maior nota)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(r"\b(?:esta|minha) resposta (?:merece|deve receber|deveria receber)\b.{0,30}?(?:m[aá]xim|10|perfeit)"),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"\b(?:caro|prezado|aten[cç][aã]o|nota para o|para o|ao)\s+(?:avaliador|corretor|juiz|examinador)\b|\bse voc[eê] (?:[eé]|for) (?:uma? |o )?(?:ia|modelo|avaliador|juiz)\b"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            r"\b(?:agora voc[eê] [eé]|a partir de agora,? voc[eê] [eé]|aja como|finja (?:ser|que [eé]))\s+(?:um |uma |o |a )?(?:\w+ )?(?:avaliador|corretor|juiz|examinador)"
        ),
    ),
    # Italian
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignora|ignorate|ignori|dimentica|dimenticate|trascura|non considerare|non tenere conto)\b.{0,40}?\b(?:istruzioni|regole|indicazioni|direttive|consegne)\b.{0,20}?(?:precedenti|sopra|di sistema|del sistema|originali|iniziali)"
        ),
    ),
    Rule(
        "override",
        "strong",
        _r(
            r"\b(?:ignora|ignorate|dimentica|dimenticate)\b.{0,10}?\b(?:tutte le|le tue|le sue) (?:istruzioni|regole|indicazioni)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:^|[.!?:;\n]|per favore)\s*(?:dai|date|dà|assegna|assegnate|attribuisci|metti|mettete)\b.{0,40}?(?:punteggio massimo|voto massimo|il massimo dei voti|10/10|5/5|30 e lode|punteggio pieno|voto pieno|punteggio perfetto)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"\b(?:questa|la mia) risposta (?:merita|deve ricevere|dovrebbe ricevere)\b.{0,30}?(?:massim|10|perfett|lode)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"\b(?:caro|gentile|attenzione|nota per il|al|per il)\s+(?:valutatore|correttore|giudice|esaminatore)\b|\bse sei (?:un'?|l'?)\s?(?:ia|modello|valutatore|giudice)\b"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            r"\b(?:ora sei|adesso sei|d'ora in poi sei|agisci come|fingi di essere)\s+(?:un |una |il |la |l')?(?:\w+ )?(?:valutatore|correttore|giudice|esaminatore)"
        ),
    ),
    # Russian
    Rule(
        "override",
        "strong",
        _r(
            r"(?:игнорируй|игнорируйте|проигнорируй|проигнорируйте|забудь|забудьте|не обращай внимания на|не обращайте внимания на|отбрось|отбросьте)\b.{0,40}?(?:предыдущ|прежн|вышеуказанн|выше|все|системн|свои|твои|ваши|исходн)\w*.{0,20}?(?:инструкци|указани|правил|промпт|директив|критери|команд)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:поставь|поставьте|дай|дайте|выстав\w*|присвой|присвойте)\b.{0,40}?(?:максимальн\w* (?:балл|оценк)|высш\w* (?:балл|оценк)|наивысш\w* (?:балл|оценк)|10/10|5/5|10 баллов|пят[её]рк|отличн\w* оценк|полн\w* балл)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:этот|мой) ответ (?:заслуживает|должен получить|должен быть оценен)\b.{0,30}?(?:максимальн|высш|10|отличн|пят[её]рк)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"(?:уважаем\w*|дорог\w*|внимание|примечание для|к сведению)\s+(?:оценщик|проверяющ|экзаменатор|судь|грейдер)\w*|если ты (?:ии|модель|оценщик|судья|языковая модель)"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            r"(?:теперь ты|отныне ты|ты теперь|веди себя как|притворись|действуй как)\s+(?:\w+ )?(?:оценщик|проверяющ|экзаменатор|судь|грейдер)"
        ),
    ),
    # Chinese
    Rule(
        "override",
        "strong",
        _r(
            rf"(?:忽略|无视|忽视|忘记|忘掉|不要理会|不理会|跳过|放弃){_CJK_GAP}{{0,8}}?(?:之前|以上|上面|先前|前面|所有|全部|原来|原有|系统|此前|上述|你的){_CJK_GAP}{{0,8}}?(?:指令|指示|说明|规则|提示|要求|命令|评分标准|设定)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            rf"(?:请|请你|你要|你必须|你应该|你应当|务必|直接)\s*(?:给|打|评){_CJK_GAP}{{0,10}}?(?:满分|最高分|最高评分|10分|十分|5分|100分)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(rf"(?:给|为)(?:这个|本|该|此|我的)(?:回答|答案|回复){_CJK_GAP}{{0,6}}?(?:满分|最高分|10分|十分|5分|100分)"),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            rf"(?:这个|本|该|此|我的)(?:回答|答案|回复){_CJK_GAP}{{0,4}}?(?:应该|应当|值得|必须)(?:得到|获得|给|打|被评为)?{_CJK_GAP}{{0,6}}?(?:满分|最高分|10分|十分)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"(?:^|[。！？\n])\s*(?:评分(?:员|者|模型|系统|老师)|评委|评审(?:员|者)?|阅卷(?:人|老师|者)|评估(?:者|员|模型)|裁判)\s*[,，:：]|(?:致|亲爱的|尊敬的)(?:评分|评审|阅卷|评估)|如果你是(?:一个)?(?:ai|人工智能|模型|评分|评审|评估|大模型|语言模型)"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            rf"(?:你现在是|现在你是|从现在起你是|从现在开始你是|你将扮演|假装你是){_CJK_GAP}{{0,6}}?(?:评分|评审|评委|阅卷|评估|裁判)"
        ),
    ),
    # Japanese
    Rule(
        "override",
        "strong",
        _r(
            rf"(?:以前|前|上記|これまで|先ほど|最初|すべて|全て|システム)の?{_CJK_GAP}{{0,8}}?(?:指示|命令|指令|ルール|プロンプト|採点基準){_CJK_GAP}{{0,6}}?(?:無視|忘れ)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            rf"(?:満点|最高点|最高評価|最高得点|10点|10/10|5点|100点){_CJK_GAP}{{0,6}}?(?:付けて|つけて|与えて|あたえて|ください|下さい|にしてください|しなさい|せよ|つけろ|付けろ|与えよ)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"(?:採点者|評価者|審査員|ジャッジ|採点ai|評価ai|採点モデル|評価モデル)(?:の(?:方|皆様|皆さん)|様|さん)?(?:へ|各位)?\s*[、,:：]|(?:あなたが|もしあなたが)(?:ai|モデル|採点者|評価者)(?:なら|であれば)"
        ),
    ),
    Rule(
        "roleplay",
        "strong",
        _r(
            rf"(?:あなたは今|今からあなたは|これからあなたは|あなたはもう){_CJK_GAP}{{0,8}}?(?:採点者|評価者|審査員|ジャッジ)"
        ),
    ),
    # Korean
    Rule(
        "override",
        "strong",
        _r(
            r"(?:이전|위의|앞의|앞선|모든|기존|시스템|원래)[^.!?\n]{0,8}?(?:지시|지침|명령|규칙|프롬프트|채점 기준)[^.!?\n]{0,6}?(?:무시|잊어|잊으)"
        ),
    ),
    Rule(
        "verdict_demand",
        "strong",
        _r(
            r"(?:만점|최고 점수|최고점|최고 등급|10점|10/10|5점|100점)[^.!?\n]{0,4}?(?:을|를|으로|로)?\s?(?:줘|주세요|주십시오|주어라|부여해|부여하세요|매겨|매기세요|줄 것)"
        ),
    ),
    Rule(
        "addressee",
        "weak",
        _r(
            r"(?:채점자|평가자|심사위원|채점관|평가 모델|채점 모델)(?:님)?(?:께|에게)?\s*[,:]|(?:만약 )?당신이 (?:ai|인공지능|모델|채점자|평가자)(?:라면|이라면)"
        ),
    ),
    Rule(
        "roleplay", "strong", _r(r"(?:이제|지금부터)\s*(?:당신은|너는)[^.!?\n]{0,8}?(?:채점자|평가자|심사위원|채점관)")
    ),
]
