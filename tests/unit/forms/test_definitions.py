"""Form definition files: the shipped forms load, localized text falls back as
configured, and every kind of mistake an IM officer can make is reported with
the line, question and key where it is, all at once."""

import textwrap
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop.forms.definition import FormDefinition, LocalizedText, QuestionType
from desktop.forms.loader import (
    MAX_FILE_BYTES,
    FormFileError,
    Problem,
    ProblemCode,
    check_form,
    check_forms,
    load_directory,
    load_form,
)
from desktop.paths import resources_dir

FORMS = resources_dir() / "forms"
EXAMPLE = FORMS / "example_followup.yaml"

HEAD = """\
id: test_form
version: 1
title: {en: Test, fr: Essai}
pages:
  - name: main
    title: Main
    questions:
"""


def write(tmp_path: Path, text: str, name: str = "form.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def form(tmp_path: Path, questions: str, tail: str = "") -> Path:
    """A form whose single page holds ``questions`` (YAML list items, indented
    by 6 spaces below); line 8 of the file is the first question line."""
    body = textwrap.indent(textwrap.dedent(questions).strip("\n"), "      ")
    return write(tmp_path, HEAD + body + "\n" + textwrap.dedent(tail))


def found(problems: list[Problem]) -> set[tuple[str, int | None, str | None, str | None]]:
    return {(p.code, p.line, p.question, p.column) for p in problems}


# --- valid forms -----------------------------------------------------------------


def test_the_example_form_loads_with_its_pages_questions_and_choices() -> None:
    definition = load_form(EXAMPLE)
    assert definition.id == "example_followup" and definition.version == 1
    assert [page.name for page in definition.pages] == ["call", "situation", "next_steps"]
    names = [question.name for question, _ in definition.walk()]
    assert names[:2] == ["call_date", "reached"] and "needs" in names
    wellbeing = definition.question("wellbeing")
    assert wellbeing.type is QuestionType.SELECT_ONE and wellbeing.required is True
    assert [choice.name for choice in definition.choices_for(wellbeing)][0] == "much_better"
    assert definition.question("next_contact").save_to == "next_follow_up"
    assert definition.question("next_contact").required == "${reached} = 'no'"
    assert definition.title.get("ar") == "مكالمة متابعة"


@pytest.mark.parametrize("path", sorted(FORMS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_form_is_valid(path: Path) -> None:
    assert check_form(path) == []


def test_shipped_forms_have_distinct_ids() -> None:
    forms, problems = load_directory(FORMS)
    assert problems == []
    assert len({f.id for f in forms}) == len(forms) >= 1


def test_a_repeat_and_cascading_choices_load(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: region
          type: select_one
          label: Region
          choice_list: regions
          save_to: region
        - name: district
          type: select_one
          label: {fr: District, ar: مقاطعة}
          choice_list: districts
          choice_filter: "region = ${region}"
        - name: household
          type: repeat
          label: Household members
          questions:
            - name: member_age
              type: integer
              label: Age
              constraint: ". >= 0 and . < 120"
              constraint_message: {en: An age between 0 and 119.}
            - name: consent_given
              type: acknowledgement
              label: Consent
              consent_purpose: referral
        - name: members
          type: calculate
          calculation: "count(${household})"
        """, """
        choices:
          regions:
            - {name: dakar, label: Dakar}
            - {name: thies, label: Thiès}
          districts:
            - {name: pikine, label: Pikine, region: dakar}
            - {name: mbour, label: Mbour, region: thies}
        """)
    definition = load_form(path)
    district = definition.question("district")
    assert [c.attributes for c in definition.choices_for(district)] == [{"region": "dakar"}, {"region": "thies"}]
    assert district.choice_filter == "region = ${region}"
    assert district.label is not None and district.label.get("en") == "District"
    household = definition.question("household")
    assert household.questions is not None and [q.name for q in household.questions] == ["member_age", "consent_given"]
    assert dict((q.name, p.name if p else None) for q, p in definition.walk())["member_age"] == "household"


def test_yes_and_no_stay_text_where_text_is_expected(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: agreed
          type: select_one
          label: Agreed?
          required: yes
          read_only: no
          default: no
          choices:
            - {name: yes, label: Yes}
            - {name: no, label: No}
            - {name: 01, label: 2024}
        """)
    agreed = load_form(path).question("agreed")
    assert agreed.required is True and agreed.read_only is False and agreed.default == "no"
    assert [(c.name, c.label.get("en")) for c in agreed.choices or []] == [("yes", "Yes"), ("no", "No"), ("01", "2024")]


# --- localized text --------------------------------------------------------------


def test_a_plain_string_is_the_same_text_in_every_language() -> None:
    text = LocalizedText.model_validate("Date")
    assert (text.get("fr"), text.get("en"), text.get("ar")) == ("Date", "Date", "Date")


def test_a_missing_language_falls_back_in_the_order_given() -> None:
    text = LocalizedText(fr="Bonjour", ar="مرحبا")
    assert text.get("ar") == "مرحبا"
    assert text.get("en") == "Bonjour"  # default order: asked, then en, fr, ar
    assert text.get("en", fallback=("ar", "fr")) == "مرحبا"
    assert LocalizedText(ar="مرحبا").get("fr") == "مرحبا"


@pytest.mark.parametrize("value", [{}, {"en": ""}, {"en": "Hi", "es": "Hola"}])
def test_localized_text_needs_at_least_one_known_language(value: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        LocalizedText.model_validate(value)


# --- one problem at a time ---------------------------------------------------------


def test_yaml_syntax_errors_give_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "      - name: a\n        label: [unclosed\n        type: text\n")
    [problem] = check_form(path)
    # PyYAML reads on past the unclosed [ and stops at the ':' of the next line
    assert problem.code == ProblemCode.YAML_SYNTAX and problem.line == 10
    assert "flow sequence" in problem.message


def test_a_file_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes((HEAD + "      - name: a\n        label: Caf\xe9\n").encode("latin-1"))
    assert found(check_form(path)) == {(ProblemCode.NOT_UTF8, 9, None, None)}


def test_a_file_too_large_is_refused_unread(tmp_path: Path) -> None:
    path = write(tmp_path, "#" * (MAX_FILE_BYTES + 1))
    assert [p.code for p in check_form(path)] == [ProblemCode.FILE_TOO_LARGE]


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    assert [p.code for p in check_form(tmp_path / "nope.yaml")] == [ProblemCode.FILE_UNREADABLE]


@pytest.mark.parametrize("text", ["", "- a list\n", "just text\n"])
def test_a_file_that_is_not_a_mapping_is_not_a_form(tmp_path: Path, text: str) -> None:
    assert [p.code for p in check_form(write(tmp_path, text))] == [ProblemCode.NOT_A_FORM]


def test_a_key_written_twice_is_reported(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: a
          type: text
          label: A
          label: B
        """)
    assert found(check_form(path)) == {(ProblemCode.DUPLICATE_KEY, 11, None, None)}


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: a
          type: text
          label: &same A
        - name: b
          type: text
          label: *same
        """)
    assert found(check_form(path)) == {(ProblemCode.YAML_ALIAS, 13, None, None)}


def test_schema_errors_point_at_the_key(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: a
          type: txt
          label: A
          relevent: "true()"
        - type: text
          label: B
        """)
    problems = check_form(path)
    assert found(problems) == {
        (ProblemCode.INVALID_VALUE, 9, "a", "type"),
        (ProblemCode.UNKNOWN_KEY, 11, "a", "relevent"),
        (ProblemCode.MISSING_KEY, 12, "question 2", "name"),
    }
    assert "did you mean 'relevant'" in next(p.message for p in problems if p.code == ProblemCode.UNKNOWN_KEY)


def test_form_level_schema_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "id: Bad Id\nversion: 0\ntitle: {en: T}\npages: []\n")
    assert found(check_form(path)) == {
        (ProblemCode.INVALID_VALUE, 1, None, "id"),
        (ProblemCode.INVALID_VALUE, 2, None, "version"),
        (ProblemCode.INVALID_VALUE, 4, None, "pages"),
    }


def test_duplicate_question_names_are_found_inside_repeats_too(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: age
          type: integer
          label: Age
        - name: members
          type: repeat
          label: Members
          questions:
            - name: age
              type: integer
              label: Age
        """)
    assert found(check_form(path)) == {(ProblemCode.DUPLICATE_NAME, 15, "age", "name")}


def test_duplicate_page_names(tmp_path: Path) -> None:
    text = HEAD + "      - {name: a, type: text, label: A}\n  - name: main\n    title: Again\n    questions:\n" \
        "      - {name: b, type: text, label: B}\n"
    assert found(check_form(write(tmp_path, text))) == {(ProblemCode.DUPLICATE_PAGE, 9, None, "name")}


def test_references_to_unknown_questions(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: age
          type: integer
          label: Age
          constraint: ". < ${max_age}"
        - name: note
          type: note
          label: Adult
          relevant: "${agee} >= 18"
        """)
    problems = check_form(path)
    assert found(problems) == {
        (ProblemCode.UNKNOWN_REFERENCE, 11, "age", "constraint"),
        (ProblemCode.UNKNOWN_REFERENCE, 15, "note", "relevant"),
    }
    assert "did you mean 'age'" in problems[-1].message


def test_a_page_relevance_is_checked(tmp_path: Path) -> None:
    text = HEAD.replace("    title: Main\n", "    title: Main\n    relevant: \"${nobody} = 1\"\n")
    path = write(tmp_path, text + "      - {name: a, type: text, label: A}\n")
    assert found(check_form(path)) == {(ProblemCode.UNKNOWN_REFERENCE, 7, None, "relevant")}


def test_expression_syntax_errors_name_the_question_key_and_position(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: age
          type: integer
          label: Age
          required: "(${age} > 1"
          calculation: "1 +"
        """)
    problems = check_form(path)
    assert found(problems) == {
        (ProblemCode.EXPRESSION_SYNTAX, 11, "age", "required"),
        (ProblemCode.EXPRESSION_SYNTAX, 12, "age", "calculation"),
    }
    assert all(isinstance(p.position, int) and p.position >= 0 for p in problems)


def test_select_questions_need_choices_from_a_known_list(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: a
          type: select_one
          label: A
        - name: b
          type: select_multiple
          label: B
          choice_list: colours
        - name: c
          type: select_one
          label: C
          choice_list: colors
          choices:
            - {name: x, label: X}
        - name: d
          type: select_one
          label: D
          choices:
            - {name: x, label: X}
            - {name: x, label: Y}
        """, """
        choices:
          colors:
            - {name: red, label: Red}
        """)
    problems = check_form(path)
    assert found(problems) == {
        (ProblemCode.NO_CHOICES, 8, "a", "choices"),
        (ProblemCode.UNKNOWN_CHOICE_LIST, 14, "b", "choice_list"),
        (ProblemCode.CONFLICTING_CHOICES, 18, "c", "choice_list"),
        (ProblemCode.DUPLICATE_CHOICE, 26, "d", "choices"),
    }
    assert "did you mean 'colors'" in problems[1].message


def test_save_to_must_name_an_editable_case_field_outside_repeats(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: phone_number
          type: text
          label: Phone
          save_to: telephone
        - name: items
          type: repeat
          label: Items
          questions:
            - name: phone2
              type: text
              label: Phone
              save_to: phone
        """)
    assert found(check_form(path)) == {
        (ProblemCode.UNKNOWN_CASE_FIELD, 11, "phone_number", "save_to"),
        (ProblemCode.SAVE_TO_IN_REPEAT, 19, "phone2", "save_to"),
    }


def test_type_specific_rules(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: total
          type: calculate
        - name: plain
          type: text
        - name: flag
          type: yes_no
          label: Flag
          choice_list: x
          constraint_message: Why?
        - name: group
          type: repeat
          label: Group
        """)
    assert found(check_form(path)) == {
        (ProblemCode.MISSING_CALCULATION, 8, "total", "calculation"),
        (ProblemCode.MISSING_LABEL, 10, "plain", "label"),
        (ProblemCode.NOT_ALLOWED, 15, "flag", "choice_list"),
        (ProblemCode.MISSING_CONSTRAINT, 16, "flag", "constraint_message"),
        (ProblemCode.EMPTY_REPEAT, 17, "group", "questions"),
    }


def test_defaults_must_fit_the_question(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - {name: n, type: integer, label: N, default: many}
        - {name: d, type: date, label: D, default: 2024-13-01}
        - {name: y, type: yes_no, label: Y, default: maybe}
        - {name: s, type: select_multiple, label: S, default: a c, choices: [{name: a, label: A}]}
        - {name: ok, type: decimal, label: OK, default: 1.5}
        """)
    assert found(check_form(path)) == {
        (ProblemCode.INVALID_DEFAULT, line, name, "default") for line, name in [(8, "n"), (9, "d"), (10, "y"), (11, "s")]
    }


# --- all at once ----------------------------------------------------------------------


def test_every_problem_of_a_file_is_reported_together(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: a
          type: text
          label: A
          relevant: "${ghost} = 1"
          save_to: birthdate
        - name: a
          type: select_one
          label: Dup
        - name: c
          type: calculate
          calculation: "(1"
        """)
    problems = check_form(path)
    assert [p.code for p in problems] == [
        ProblemCode.UNKNOWN_REFERENCE,
        ProblemCode.UNKNOWN_CASE_FIELD,
        ProblemCode.DUPLICATE_NAME,
        ProblemCode.NO_CHOICES,
        ProblemCode.EXPRESSION_SYNTAX,
    ]
    assert [p.line for p in problems] == sorted(p.line or 0 for p in problems)
    with pytest.raises(FormFileError) as raised:
        load_form(path)
    assert raised.value.problems == problems
    assert str(problems[0]) == f"{path}:11: [a] relevant: {problems[0].message}"


def test_load_directory_skips_broken_files_and_reports_them(tmp_path: Path) -> None:
    good = EXAMPLE.read_text(encoding="utf-8")
    write(tmp_path, good, "a_good.yaml")
    write(tmp_path, good, "b_same_id.yml")
    write(tmp_path, "id: [\n", "c_broken.yaml")
    write(tmp_path, "not a form", "ignored.txt")
    forms, problems = load_directory(tmp_path)
    assert [f.id for f in forms] == ["example_followup"]
    assert {(Path(p.file).name, p.code) for p in problems} == {
        ("b_same_id.yml", ProblemCode.DUPLICATE_FORM_ID),
        ("c_broken.yaml", ProblemCode.YAML_SYNTAX),
    }
    assert load_directory(tmp_path / "missing") == ([], [])


def test_check_forms_reports_an_id_used_twice(tmp_path: Path) -> None:
    first = write(tmp_path, EXAMPLE.read_text(encoding="utf-8"), "one.yaml")
    second = write(tmp_path, EXAMPLE.read_text(encoding="utf-8"), "two.yaml")
    assert found(check_forms([first, second])) == {(ProblemCode.DUPLICATE_FORM_ID, 3, None, "id")}


def test_a_valid_file_is_validated_against_the_schema_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    original = FormDefinition.model_validate

    def counting(data: object, *args: object, **kwargs: object) -> FormDefinition:
        calls.append(data)
        return original(data, *args, **kwargs)

    monkeypatch.setattr(FormDefinition, "model_validate", counting)
    assert load_form(EXAMPLE).id == "example_followup"
    assert len(calls) == 1
    write(tmp_path, EXAMPLE.read_text(encoding="utf-8"), "one.yaml")
    forms, problems = load_directory(tmp_path)
    assert [f.id for f in forms] == ["example_followup"] and problems == []
    assert len(calls) == 2


def test_a_definition_validated_in_code_keeps_the_same_rules() -> None:
    with pytest.raises(ValidationError) as caught:
        FormDefinition.model_validate({"id": "x", "version": 1, "title": "X", "pages": [
            {"name": "p", "title": "P", "questions": [{"name": "bad name", "type": "text"}]}]})
    [error] = caught.value.errors(include_url=False)
    assert (error["type"], error["loc"], error["input"]) == (
        "string_pattern_mismatch", ("pages", 0, "questions", 0, "name"), "bad name")


def test_a_choice_filter_may_name_choice_attributes_but_nothing_else_bare(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - {name: region, type: text, label: Region}
        - name: district
          type: select_one
          label: District
          choice_filter: "regoin = ${region} and kind != 'region'"
          choices:
            - {name: pikine, label: Pikine, region: dakar, kind: urban}
        - name: town
          type: select_one
          label: Town
          choice_filter: "region = ${regio}"
          choices:
            - {name: pikine, label: Pikine, region: dakar}
        """)
    problems = check_form(path)
    assert found(problems) == {
        (ProblemCode.EXPRESSION_SYNTAX, 12, "district", "choice_filter"),
        (ProblemCode.UNKNOWN_REFERENCE, 18, "town", "choice_filter"),
    }
    assert "regoin" in problems[0].message


def test_a_choice_filter_may_name_the_choice_and_its_errors_have_the_exact_column(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - {name: region, type: text, label: Region}
        - name: district
          type: select_one
          label: District
          choice_filter: "name != 'pikine' and region = ${region}"
          choices:
            - {name: pikine, label: Pikine, region: dakar}
        """)
    assert check_form(path) == []
    broken = form(tmp_path, """
        - {name: region, type: text, label: Region}
        - name: district
          type: select_one
          label: District
          choice_filter: "region = ${region} and regoin = 1"
          choices:
            - {name: pikine, label: Pikine, region: dakar}
        """)
    [problem] = check_form(broken)
    assert (problem.code, problem.line, problem.column) == (ProblemCode.EXPRESSION_SYNTAX, 12, "choice_filter")
    assert problem.position == 23 and "'regoin' at column 24" in problem.message


# --- circles of dependencies -----------------------------------------------------------


def test_calculations_that_read_each_other_are_a_cycle(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: a
          type: calculate
          calculation: "${b} + 1"
        - name: b
          type: calculate
          calculation: "${a} + 1"
        """)
    problems = check_form(path)
    assert found(problems) == {(ProblemCode.CYCLE, 10, "a", "calculation")}
    assert "a → b → a" in problems[0].message
    with pytest.raises(FormFileError):
        load_form(path)


def test_a_calculation_that_reads_its_own_answer_is_a_cycle(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: total
          type: calculate
          calculation: ". + 1"
        """)
    assert found(check_form(path)) == {(ProblemCode.CYCLE, 10, "total", "calculation")}


def test_a_relevance_that_reads_a_calculation_reading_it_is_a_cycle(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: shown
          type: text
          label: Shown
          relevant: "${count} > 0"
        - name: count
          type: calculate
          calculation: "string-length(${shown})"
        """)
    assert found(check_form(path)) == {(ProblemCode.CYCLE, 11, "shown", "relevant")}


def test_a_repeat_relevance_that_reads_its_own_questions_is_a_cycle(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: members
          type: repeat
          label: Members
          relevant: "${age} > 0"
          questions:
            - name: age
              type: integer
              label: Age
        """)
    assert found(check_form(path)) == {(ProblemCode.CYCLE, 11, "members", "relevant")}


def test_constraints_that_compare_two_answers_are_no_cycle(tmp_path: Path) -> None:
    path = form(tmp_path, """
        - name: start
          type: date
          label: Start
          constraint: ". <= ${end}"
        - name: end
          type: date
          label: End
          constraint: ". >= ${start}"
          relevant: "${start} != ''"
        """)
    assert check_form(path) == []
