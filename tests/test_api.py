"""The public API surface."""

from __future__ import annotations

from importlib import resources

import cleannews


def test_public_names() -> None:
    for name in ("clean", "clean_and_explain", "Pipeline", "Result", "Removal", "Hit", "Document", "rule"):
        assert name in cleannews.__all__
        assert hasattr(cleannews, name)


def test_package_is_typed() -> None:
    assert (resources.files("cleannews") / "py.typed").is_file()


def test_result_fields_and_json() -> None:
    text = "Body text of the story goes on for a while here.\n\nAdvertisement\n"
    result = cleannews.clean_and_explain(text)
    data = result.to_dict()
    assert data["text"] == result.text
    assert isinstance(data["removals"], list)
    assert result.replay() == result.text


def test_pipeline_is_reusable_and_stateless() -> None:
    pipeline = cleannews.Pipeline()
    a = "First story body, long enough to be a paragraph of prose.\n"
    b = "Second story.\n\nAdvertisement\n"
    first = pipeline.clean(a)
    pipeline.clean(b)
    assert pipeline.clean(a) == first
    assert pipeline.active_rules == tuple(sorted(pipeline.active_rules, key=lambda r: r.code))
