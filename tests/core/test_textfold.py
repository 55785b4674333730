from assist_app.textfold import fold, search_keys


def test_width_script_case_and_spaces_fold_together():
    assert fold("ﾔﾏﾀﾞ　ﾊﾅｺ") == fold("やまだ はなこ") == fold("ヤマダハナコ") == "やまだはなこ"
    assert fold("ＴＡＮＡＫＡ") == fold("tanaka")
    assert fold("山田・花子") == "山田花子"


def test_search_keys_cover_each_part_and_the_whole():
    assert search_keys("山田 花子", "ヤマダ ハナコ") == {
        "山田",
        "花子",
        "山田花子",
        "やまだ",
        "はなこ",
        "やまだはなこ",
    }
    assert search_keys("", None) == set()
