from tests.faults.stack import events, wait_until


def test_stack_runs(stack):
    r = stack.post_events(events("smoke-", 5))
    assert r.status_code == 202, r.text
    took = wait_until(lambda: stack.settled("smoke-", 5), timeout=120, what="settled")
    print("settled in", took, stack.fate("smoke-"))
    print(stack.get("/readyz").json())
