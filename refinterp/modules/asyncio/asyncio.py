# asyncio for refinterp: a deterministic single-threaded event loop with
# virtual time. Callbacks run in FIFO order and timers fire in the order a
# heap keyed on the deadline gives (the same heap as CPython's loop), so
# tasks interleave exactly as they do under CPython when the program does
# no real I/O; sleeps do not wait, the clock jumps to the next deadline.
import heapq as _heapq
from collections import deque as _deque

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for',
           'wait', 'shield', 'Task', 'Future', 'Event', 'Lock', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Queue', 'LifoQueue', 'PriorityQueue',
           'QueueEmpty', 'QueueFull', 'CancelledError', 'TimeoutError',
           'InvalidStateError', 'get_event_loop', 'new_event_loop',
           'set_event_loop', 'get_running_loop', 'current_task', 'all_tasks',
           'iscoroutine', 'iscoroutinefunction', 'as_completed', 'timeout',
           'TaskGroup',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({'message': 'Exception in callback',
                                               'exception': exc})


class TimerHandle(Handle):
    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when


_current_loop = None
_running_loop = None


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._time = 0.0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = []
        self._task_counter = 0
        self._exception_handler = None

    def time(self):
        return self._time

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        h = TimerHandle(when, callback, args, self)
        _heapq.heappush(self._scheduled, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        sched = self._scheduled
        while sched and sched[0]._cancelled:
            _heapq.heappop(sched)
        if not self._ready and sched and not self._stopping:
            if sched[0]._when > self._time:
                self._time = sched[0]._when
        while sched and sched[0]._when <= self._time:
            h = _heapq.heappop(sched)
            if not h._cancelled:
                self._ready.append(h)
        ready = self._ready
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._cancelled:
                h._run()

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        old = _running_loop
        _running_loop = self
        self._running = True
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
                if not self._ready and not self._scheduled:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        msg = context.get('message', 'Unhandled exception in event loop')
        exc = context.get('exception')
        if exc is not None:
            msg = '%s\n%s: %s' % (msg, type(exc).__name__, exc)
        print(msg, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass


class EventLoop(BaseEventLoop):
    pass


SelectorEventLoop = EventLoop


def _stop_loop(fut):
    fut._loop.stop()


class Future:
    """A Future-like object with CPython's callback scheduling."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += ' exception=%r' % (self._exception,)
            else:
                state += ' result=%r' % (self._result,)
        return '<%s %s>' % (type(self).__name__, state)

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _coro_name(coro):
    return getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or repr(coro)


class Task(Future):
    """A coroutine wrapped in a Future."""

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        loop = self._loop
        loop._task_counter += 1
        self._name = str(name) if name is not None else 'Task-%d' % loop._task_counter
        loop.call_soon(self.__step)
        loop._tasks.append(self)

    def __repr__(self):
        state = self._state.lower()
        extra = ''
        if self._state == _FINISHED:
            if self._exception is not None:
                extra = ' exception=%r' % (self._exception,)
            else:
                extra = ' result=%r' % (self._result,)
        return '<Task %s name=%r coro=<%s()>%s>' % (state, self._name, _coro_name(self._coro), extra)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        prev = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancelled_exc = e
            Future.cancel(self, msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future):
                if result is self:
                    loop.call_soon(self.__step, RuntimeError(
                        'Task cannot await on itself: %r' % (self,)))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            elif result is None:
                loop.call_soon(self.__step)
            else:
                loop.call_soon(self.__step, RuntimeError(
                    'Task got bad yield: %r' % (result,)))
        finally:
            loop._current_task = prev
            if self.done() and self in loop._tasks:
                loop._tasks.remove(self)

    def __wakeup(self, future):
        # step outside the except clause, so that the coroutine does not see
        # the future's exception as the one being handled (as with C tasks)
        exc = None
        try:
            future.result()
        except BaseException as e:
            exc = e
        self.__step(exc)


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or (
        hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, '__await__'))


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    if code is not None:
        return bool(getattr(code, 'co_flags', 0) & 0x80)
    return False


def isfuture(obj):
    return isinstance(obj, Future)


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None or _current_loop._closed:
        _current_loop = EventLoop()
    return _current_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set(t for t in loop._tasks if not t.done())


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Sleep0:
    def __await__(self):
        yield


_sleep0 = _Sleep0()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _sleep0
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def run(main, *, debug=None):
    """Run a coroutine in a new event loop and close the loop."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(), 'task': task})


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently and collect their results in order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    loop = None
    nfuts = 0
    nfinished = 0
    outer = None
    done_state = {'nfinished': 0}

    def _done_callback(fut):
        done_state['nfinished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if done_state['nfinished'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = arg if isinstance(arg, Future) else id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[key] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for an awaitable to complete, with a timeout."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs; return (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    fs = set(ensure_future(f) for f in fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)
    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Yield awaitables that complete in completion order."""
    todo = [ensure_future(f) for f in fs]
    loop = get_event_loop()
    done = _deque()
    waiters = _deque()

    def _on_completion(f):
        if f in todo:
            todo.remove(f)
        done.append(f)
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    for f in todo:
        f.add_done_callback(_on_completion)

    async def _wait_for_one():
        while not done:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done.popleft().result()

    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    """Protect an awaitable from being cancelled."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)
    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


class Timeout:
    """asyncio.timeout() context manager (3.11)."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = current_task()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            self._task.uncancel()
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._expired = True
        self._handle = None


class TaskGroup:
    """asyncio.TaskGroup (3.11): waits for its tasks; the first failure
    cancels the others and the body, and the failures are raised together
    as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None

    def __repr__(self):
        return '<TaskGroup tasks=%d errors=%d>' % (len(self._tasks), len(self._errors))

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has already been entered" % (self,))
        self._entered = True
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % (self,))
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % (self,))
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % (self,))
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % (self,))
        task = get_running_loop().create_task(coro)
        if name is not None:
            task.set_name(name)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if not self._aborting:
            self._abort()
            if not self._exiting and not self._parent_cancel_requested:
                # interrupt the body of the async with
                self._parent_cancel_requested = True
                self._parent_task.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancel = None
        if exc is not None and et is not None and not issubclass(et, CancelledError):
            self._errors.append(exc)
        if et is not None and issubclass(et, CancelledError):
            if self._parent_cancel_requested:
                self._parent_task.uncancel()
            else:
                propagate_cancel = exc
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            try:
                await wait(list(self._tasks))
            except CancelledError as e:
                if propagate_cancel is None:
                    propagate_cancel = e
                self._abort()
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancel is not None and not self._errors:
            raise propagate_cancel
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        return None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class Event:
    """An asynchronous equivalent to threading.Event."""

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        res = 'set' if self._value else 'unset'
        if self._waiters:
            res = '%s, waiters:%d' % (res, len(self._waiters))
        return '<%s [%s]>' % (type(self).__name__, res)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    """Primitive lock objects."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            res = '%s, waiters:%d' % (res, len(self._waiters))
        return '<%s [%s]>' % (type(self).__name__, res)

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    """A Semaphore implementation."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Condition:
    """Asynchronous equivalent to threading.Condition."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue:
    """A FIFO queue for coroutines."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._maxsize)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
