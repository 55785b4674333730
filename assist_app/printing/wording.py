"""The fixed words of the printed papers in Japanese, English and simple Japanese (やさしい日本語).

Catalog texts come from the catalog; these are the labels around them.
"""

from __future__ import annotations

import datetime as dt

from assist_app.catalog.describe import kind_label as _kind_label
from assist_app.deadlines import DueKind

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "手続きのご案内",
        "honorific": "{name} 様",
        "resident": "お名前",
        "helper": "担当",
        "case": "受付番号",
        "intro": "まだ終わっていない手続きを、期限の早い順に並べています。"
        "終わったら □ に印をつけてください。",
        "steps_left": "残りの手続き：{n}件",
        "no_steps": "残っている手続きはありません。",
        "where": "窓口",
        "counter": "場所",
        "address": "住所",
        "hours": "受付時間",
        "phone": "電話",
        "bring": "持ち物",
        "nothing_to_bring": "特にありません",
        "what": "内容",
        "no_date": "日付未定",
        "to_confirm": "要確認：この手続きが必要かどうか、窓口で確かめてください。",
        "unverified": "※未確認",
        "legend_unverified": "※未確認：公式の資料でまだ確かめていない情報です。窓口で確かめてください。",
        "overdue": "期限を過ぎています。すぐに窓口に相談してください。",
        "in_progress": "手続き中",
        "blocked": "保留中",
        "official_page": "公式ページ",
        "continued": "（続き）",
        "resume_title": "次回お越しのときは",
        "resume_text": "この紙をお持ちください。窓口でこのコードを読み取ると、続きから手続きできます。"
        "コードにお名前などは入っていません。",
        "no_resume": "この紙には再開コードがありません。受付番号をお伝えください。",
        "catalog": "手続き情報 {version}版（{checked}確認）",
        "printed": "印刷日 {date}",
        "page": "{n} / {m} ページ",
        "days": "月火水木金土日",
    },
    "en": {
        "title": "Your procedures",
        "honorific": "{name}",
        "resident": "Name",
        "helper": "Helper",
        "case": "Case no.",
        "intro": "The procedures not yet done, the soonest first. Tick the box when one is done.",
        "steps_left": "Procedures left: {n}",
        "no_steps": "No procedures are left.",
        "where": "Where",
        "counter": "Counter",
        "address": "Address",
        "hours": "Hours",
        "phone": "Phone",
        "bring": "What to bring",
        "nothing_to_bring": "Nothing in particular",
        "what": "What",
        "no_date": "date not yet known",
        "to_confirm": "To confirm: ask at the counter whether this procedure applies to you.",
        "unverified": "※ unverified",
        "legend_unverified": "※ unverified: not yet checked against an official source; "
        "please confirm at the counter.",
        "overdue": "The date has passed. Please ask at the counter right away.",
        "in_progress": "in progress",
        "blocked": "on hold",
        "official_page": "Official page",
        "continued": " (continued)",
        "resume_title": "When you come back",
        "resume_text": "Bring this paper. Staff scan this code to carry on where you left off. "
        "The code holds no name or other personal data.",
        "no_resume": "This paper has no resume code; tell the staff your case number.",
        "catalog": "Procedure data version {version} (checked {checked})",
        "printed": "Printed {date}",
        "page": "Page {n} of {m}",
        "days": "",
    },
    "easy_ja": {
        "title": "てつづきの あんない",
        "honorific": "{name} さま",
        "resident": "なまえ",
        "helper": "たんとう",
        "case": "ばんごう",
        "intro": "まだ おわって いない てつづきです。 はやく する ものから ならべて います。 "
        "おわったら □ に しるしを つけて ください。",
        "steps_left": "のこりの てつづき：{n}",
        "no_steps": "のこって いる てつづきは ありません。",
        "where": "どこで",
        "counter": "ばしょ",
        "address": "じゅうしょ",
        "hours": "じかん",
        "phone": "でんわ",
        "bring": "もっていく もの",
        "nothing_to_bring": "とくに ありません",
        "what": "なにを する",
        "no_date": "ひにちは まだ わかりません",
        "to_confirm": "かくにん：この てつづきが いるか どうか、 まどぐちで きいて ください。",
        "unverified": "※まだ たしかめて いません",
        "legend_unverified": "※まだ たしかめて いません：まどぐちで きいて ください。",
        "overdue": "ひにちが すぎました。 すぐに まどぐちで そうだん して ください。",
        "in_progress": "てつづき ちゅう",
        "blocked": "とまって います",
        "official_page": "くわしい ページ",
        "continued": "（つづき）",
        "resume_title": "つぎに くる とき",
        "resume_text": "この かみを もって きて ください。 まどぐちで この コードを よむと、 "
        "つづきから てつづき できます。",
        "no_resume": "この かみには コードが ありません。 ばんごうを つたえて ください。",
        "catalog": "じょうほう {version}ばん（{checked} かくにん）",
        "printed": "いんさつ {date}",
        "page": "{n} / {m} ページ",
        "days": "月火水木金土日",
    },
}

# kind_label knows Japanese and English; simple Japanese gets plainer words.
_EASY_KINDS = {
    DueKind.DEADLINE: "しめきり",
    DueKind.CLAIM_BY: "もうしこみの しめきり",
    DueKind.GUIDANCE: "めやす",
    DueKind.NONE: "しめきりは ありません",
}


_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def words(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["ja"])


def kind_label(kind: str, lang: str) -> str:
    if lang == "easy_ja":
        return _EASY_KINDS[DueKind(kind)]
    return _kind_label(kind, lang)


def format_date(day: dt.date, lang: str, weekday: bool = True) -> str:
    if lang == "en":  # fixed names: strftime's would follow the machine's locale
        date = f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
        return f"{_EN_DAYS[day.weekday()]} {date}" if weekday else date
    date = f"{day.year}年{day.month}月{day.day}日"
    return f"{date}（{words(lang)['days'][day.weekday()]}）" if weekday else date
