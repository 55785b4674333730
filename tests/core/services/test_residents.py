import datetime as dt

from assist_app.services.views import ConsentInput, ResidentInput

CONSENT = ConsentInput("手続き支援の記録", dt.date(2026, 11, 2), paper_form=True)


def test_search_by_name_or_kana_in_any_width_or_script(core, accounts):
    helper = accounts.add("volunteer", "試験 担当")
    hanako = core.residents.add_resident(helper, ResidentInput("見本 花子", "ミホン ハナコ"), CONSENT)
    core.residents.add_resident(helper, ResidentInput("試験 太郎", "シケン タロウ"), CONSENT)
    for query in ("みほん", "ﾐﾎﾝ", "ミホン　ハナ", "はなこ", "見本", "花子", "見本花"):
        assert [r.id for r in core.residents.search(helper, query)] == [hanako.id], query
    assert core.residents.search(helper, "さとう") == []
    assert core.residents.search(helper, "  ") == []
    assert core.residents.search(helper, "み")[0].has_consent


def test_renaming_updates_the_search_keys(core, accounts):
    helper = accounts.add("volunteer", "試験 担当")
    resident = core.residents.add_resident(helper, ResidentInput("見本 花子", "ミホン ハナコ"), CONSENT)
    core.residents.update_resident(helper, resident.id, ResidentInput("例示 花子", "レイジ ハナコ"))
    assert core.residents.search(helper, "みほん") == []
    assert [r.name for r in core.residents.search(helper, "れいじ")] == ["例示 花子"]
