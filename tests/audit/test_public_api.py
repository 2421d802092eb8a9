import workbench.audit
from workbench import errors


def test_all_is_exactly_the_public_names():
    public = {name for name in dir(workbench.audit) if not name.startswith("_")}
    assert set(workbench.audit.__all__) == public
    assert len(workbench.audit.__all__) == len(set(workbench.audit.__all__))


def test_audit_errors_sit_under_workbench_error():
    assert issubclass(errors.AuditError, errors.WorkbenchError)
    assert issubclass(errors.AuditTampered, errors.AuditError)
    assert {"AuditError", "AuditTampered"} <= set(errors.__all__)
