/**
 * The glossary: every concept the chapter uses, in both languages.
 *
 * It drives three things: the glossary pages (/zh/glossary/, /en/glossary/), the links from each
 * term to where it is taught, and the search box's bilingual term map (typing "deadlock" on a
 * Chinese page also searches for 死锁).
 *
 * To add a term, add an entry. `taught` lists where it is taught, as "page" or "page#section-id";
 * a target that is not built (yet) is simply left out, so entries may name planned pages. Besides
 * these, every section whose heading contains the term (in that page's language) is linked
 * automatically, so a new page is picked up without touching this file.
 */
import type { GlossaryEntry, GlossaryGroup } from '../site/lib/glossary.ts';

export const GROUPS: GlossaryGroup[] = [
  { id: 'threads', title: { zh: '线程与进程', en: 'Threads and processes' } },
  { id: 'shared-state', title: { zh: '共享状态与锁', en: 'Shared state and locks' } },
  { id: 'cooperation', title: { zh: '线程之间的协作', en: 'Threads working together' } },
  { id: 'generators', title: { zh: '生成器与协程', en: 'Generators and coroutines' } },
  { id: 'async', title: { zh: '异步编程与 asyncio', en: 'Asynchronous programming and asyncio' } },
];

export const GLOSSARY: GlossaryEntry[] = [
  // Threads and processes
  {
    id: 'process',
    group: 'threads',
    term: { zh: '进程', en: 'process' },
    definition: {
      zh: '一个正在运行的程序：操作系统按进程分配内存、文件等资源，不同进程的内存互相隔离。',
      en: 'A running program: the operating system gives each process its own memory and resources, isolated from other processes.',
    },
    taught: ['threads#thread-vs-process', 'concepts#concurrency-and-parallelism', 'concepts'],
    matchHeadings: false,
  },
  {
    id: 'thread',
    group: 'threads',
    term: { zh: '线程', en: 'thread' },
    aliases: { en: ['threads', 'threading'] },
    definition: {
      zh: '进程里被 CPU 调度执行的一条执行流；同一进程的线程共用内存。',
      en: 'A flow of execution inside a process that the CPU schedules; threads of one process share its memory.',
    },
    taught: ['threads#what-is-a-thread', 'threads'],
    matchHeadings: false,
  },
  {
    id: 'main-thread',
    group: 'threads',
    term: { zh: '主线程', en: 'main thread' },
    aliases: { en: ['MainThread'] },
    definition: {
      zh: '程序启动时就有的那个线程，Python 里名叫 MainThread；它结束后解释器开始退出。',
      en: 'The thread a program starts with, named MainThread in Python; when it finishes, the interpreter begins to exit.',
    },
    taught: ['threads#what-is-a-thread'],
  },
  {
    id: 'gil',
    group: 'threads',
    term: { zh: '全局解释器锁', en: 'global interpreter lock' },
    aliases: { zh: ['GIL'], en: ['GIL'] },
    keyword: { zh: 'GIL', en: 'GIL' },
    definition: {
      zh: 'CPython 里保证同一时刻只有一个线程执行 Python 字节码的锁；因此线程不能让纯计算在多核上并行。',
      en: 'The lock in CPython that lets only one thread run Python bytecode at a time, so threads cannot run pure computation on several cores at once.',
    },
    taught: ['shared-state#race-today', 'concepts#not-parallel', 'threads#thread-vs-process', 'shared-state'],
  },
  {
    id: 'free-threading',
    group: 'threads',
    term: { zh: '自由线程构建', en: 'free-threaded build' },
    aliases: { zh: ['自由线程'], en: ['free threading', 'free-threading'] },
    keyword: { zh: '自由线程', en: 'free-threaded' },
    definition: {
      zh: '从 Python 3.13 起可选的 CPython 构建，去掉了 GIL，线程可以真正并行执行 Python 代码。',
      en: 'An optional CPython build, since Python 3.13, without the GIL, in which threads really run Python code in parallel.',
    },
    taught: ['shared-state#free-threading', 'what-changed', 'threads#thread-vs-process'],
  },
  {
    id: 'thread-module',
    group: 'threads',
    term: { zh: '_thread 模块', en: '_thread module' },
    aliases: { zh: ['_thread', 'start_new_thread'], en: ['_thread', 'start_new_thread'] },
    keyword: { zh: '_thread', en: '_thread' },
    definition: {
      zh: '最底层的线程接口，只能启动线程、提供最简单的锁，没有 join；一般代码应使用 threading。',
      en: 'The lowest-level thread interface: it starts threads and offers a bare lock, with no join; ordinary code should use threading.',
    },
    taught: ['threads#start-new-thread', 'threads#two-modules'],
  },
  {
    id: 'thread-class',
    group: 'threads',
    term: { zh: 'Thread 类', en: 'Thread class' },
    aliases: { zh: ['threading.Thread', 'Thread'], en: ['threading.Thread', 'Thread'] },
    keyword: { zh: 'Thread', en: 'Thread' },
    definition: {
      zh: 'threading 模块里表示一个线程的类：给它 target 函数或继承它并重写 run()，再调用 start()。',
      en: 'The threading class that represents a thread: give it a target function or subclass it and override run(), then call start().',
    },
    taught: ['threads#thread-target', 'threads#subclassing', 'threads#thread-api'],
  },
  {
    id: 'join',
    group: 'threads',
    term: { zh: 'join（等待线程结束）', en: 'join' },
    aliases: { zh: ['join', 'join()'], en: ['join()'] },
    keyword: { zh: 'join' },
    definition: {
      zh: '阻塞当前线程，直到另一个线程结束，或者等满给定的超时秒数。',
      en: 'Blocks the calling thread until another thread finishes, or until the given timeout runs out.',
    },
    taught: ['threads#thread-api', 'shared-state#without-join', 'producer-consumer#task-done-join'],
  },
  {
    id: 'daemon-thread',
    group: 'threads',
    term: { zh: '守护线程', en: 'daemon thread' },
    aliases: { zh: ['daemon'], en: ['daemon'] },
    definition: {
      zh: '解释器退出时不等待的线程：其余线程都结束后，它会被直接停掉，来不及清理。不指定时，新线程沿用创建它的线程的守护标志。',
      en: 'A thread the interpreter does not wait for at exit: once the other threads have finished, it is stopped without any clean-up. Unless told otherwise, a new thread takes the flag of the thread that creates it.',
    },
    taught: ['threads#thread-target', 'threads#thread-api'],
  },
  {
    id: 'deprecation-warning',
    group: 'threads',
    term: { zh: '弃用警告', en: 'deprecation warning' },
    aliases: { zh: ['DeprecationWarning', 'PendingDeprecationWarning'], en: ['DeprecationWarning', 'PendingDeprecationWarning'] },
    definition: {
      zh: '提醒某个名字或用法将被删除的警告。DeprecationWarning 默认只对 __main__ 里的调用显示；更早一步的 PendingDeprecationWarning 默认完全不显示。',
      en: 'A warning that a name or usage is going away. DeprecationWarning is shown by default only for calls in __main__; the earlier PendingDeprecationWarning is hidden by default altogether.',
    },
    taught: ['threads#old-names', 'asyncio#loop-deprecation-warnings'],
  },

  {
    id: 'thread-pool',
    group: 'threads',
    term: { zh: '线程池', en: 'thread pool' },
    aliases: {
      zh: ['ThreadPoolExecutor', 'concurrent.futures', 'as_completed'],
      en: ['thread pools', 'ThreadPoolExecutor', 'concurrent.futures', 'as_completed'],
    },
    definition: {
      zh: '一组事先启动、反复领活的工作线程（concurrent.futures.ThreadPoolExecutor）：提交任务得到 Future，结果和异常都能从中取回。',
      en: 'A set of worker threads started once and reused for job after job (concurrent.futures.ThreadPoolExecutor); submitting a job gives a Future that hands back its result or its exception.',
    },
    taught: ['threads#thread-pool'],
  },
  // Shared state and locks
  {
    id: 'shared-state',
    group: 'shared-state',
    term: { zh: '共享状态', en: 'shared state' },
    aliases: { zh: ['共享变量', '共享数据'], en: ['shared data', 'shared variable'] },
    definition: {
      zh: '多个线程都能读写的变量或对象；不加保护地同时修改会出错。',
      en: 'Variables or objects that several threads read and write; changing them at the same time without protection goes wrong.',
    },
    taught: ['shared-state#shared-globals', 'shared-state'],
  },
  {
    id: 'race-condition',
    group: 'shared-state',
    term: { zh: '竞态条件', en: 'race condition' },
    aliases: { zh: ['竞态', '竞争条件'], en: ['race', 'data race'] },
    keyword: { zh: '竞态' },
    definition: {
      zh: '结果取决于线程执行先后次序的错误，例如两个线程同时做“读—改—写”，一次修改被另一次覆盖。',
      en: 'A bug whose outcome depends on the order in which threads run, such as two read-modify-write sequences where one update overwrites the other.',
    },
    taught: ['shared-state#lost-update', 'producer-consumer#qsize-race', 'shared-state'],
  },
  {
    id: 'atomic',
    group: 'shared-state',
    term: { zh: '原子操作', en: 'atomic operation' },
    aliases: { zh: ['原子性'], en: ['atomic', 'atomicity'] },
    keyword: { zh: '原子', en: 'atomic' },
    definition: {
      zh: '不会被其他线程从中间打断的操作；像 x += 1 这样的语句并不是原子的。',
      en: 'An operation no other thread can interrupt halfway; a statement such as x += 1 is not atomic.',
    },
    taught: ['shared-state#not-atomic', 'shared-state'],
  },
  {
    id: 'critical-section',
    group: 'shared-state',
    term: { zh: '临界区', en: 'critical section' },
    definition: {
      zh: '访问共享状态、同一时刻只能由一个线程执行的那段代码。',
      en: 'The piece of code that touches shared state and must be run by only one thread at a time.',
    },
    taught: ['mutex#lock-placement', 'mutex#with-lock', 'mutex'],
  },
  {
    id: 'mutex',
    group: 'shared-state',
    term: { zh: '互斥锁', en: 'mutex' },
    aliases: { zh: ['锁', 'Lock', '互斥量'], en: ['lock', 'Lock', 'mutual exclusion', 'threading.Lock'] },
    definition: {
      zh: '同一时刻只允许一个线程持有的锁（threading.Lock）：用 acquire/release 或 with 语句保护临界区。',
      en: 'A lock only one thread can hold at a time (threading.Lock): acquire/release it, or use a with statement, around a critical section.',
    },
    taught: ['mutex#lock-states', 'mutex#acquire-release', 'mutex#with-lock', 'mutex'],
  },
  {
    id: 'rlock',
    group: 'shared-state',
    term: { zh: '可重入锁', en: 're-entrant lock' },
    aliases: { zh: ['RLock', '递归锁'], en: ['RLock', 'reentrant lock', 'recursive lock'] },
    keyword: { zh: 'RLock', en: 'RLock' },
    definition: {
      zh: '同一个线程可以多次获取的锁（threading.RLock），获取几次就要释放几次。',
      en: 'A lock the same thread may acquire several times (threading.RLock), releasing it as many times.',
    },
    taught: ['deadlock#self-deadlock', 'deadlock#synchronized', 'mutex'],
  },
  {
    id: 'deadlock',
    group: 'shared-state',
    term: { zh: '死锁', en: 'deadlock' },
    definition: {
      zh: '两个或多个线程各自持有对方需要的锁并互相等待，谁也无法继续。',
      en: 'Two or more threads each hold a lock another needs and wait for each other, so none can go on.',
    },
    taught: ['deadlock#what-is-deadlock', 'deadlock#two-locks', 'deadlock#four-conditions', 'deadlock'],
  },
  {
    id: 'lock-ordering',
    group: 'shared-state',
    term: { zh: '加锁顺序', en: 'lock ordering' },
    aliases: { zh: ['固定顺序加锁'], en: ['lock order'] },
    definition: {
      zh: '所有线程都按同一个顺序获取多把锁，从而避免死锁的做法。',
      en: 'Having every thread take several locks in one agreed order, which rules out deadlock.',
    },
    taught: ['deadlock#lock-order', 'deadlock'],
  },

  // Threads working together
  {
    id: 'producer-consumer',
    group: 'cooperation',
    term: { zh: '生产者-消费者', en: 'producer-consumer' },
    aliases: { zh: ['生产者', '消费者', '生产者消费者'], en: ['producer', 'consumer', 'producer/consumer'] },
    keyword: { zh: '生产者', en: 'producer' },
    definition: {
      zh: '一些线程生产数据放进缓冲区、另一些线程取出处理的协作模式，两边通过队列解耦。',
      en: 'A pattern where some threads put data into a buffer and others take it out to process it, the two sides decoupled by a queue.',
    },
    taught: ['producer-consumer#producer-consumer', 'coroutines#producer-consumer', 'producer-consumer'],
  },
  {
    id: 'queue',
    group: 'cooperation',
    term: { zh: '队列', en: 'queue' },
    aliases: { zh: ['Queue', 'queue.Queue'], en: ['Queue', 'queue.Queue'] },
    definition: {
      zh: '线程安全的先进先出容器（queue.Queue）：put 放入、get 取出，满或空时会阻塞等待。',
      en: 'A thread-safe first-in first-out container (queue.Queue): put adds, get removes, and both block while it is full or empty.',
    },
    taught: ['producer-consumer#queue', 'producer-consumer#bounded-queue', 'producer-consumer'],
  },
  {
    id: 'condition',
    group: 'cooperation',
    term: { zh: '条件变量', en: 'condition variable' },
    aliases: { zh: ['Condition'], en: ['Condition', 'threading.Condition'] },
    keyword: { zh: 'Condition', en: 'Condition' },
    definition: {
      zh: '让线程等待某个条件成立、再由另一个线程通知它的同步工具（threading.Condition）。',
      en: 'A synchronisation tool (threading.Condition) with which a thread waits until a condition holds and another thread notifies it.',
    },
    taught: ['producer-consumer#condition', 'producer-consumer#what-is-synchronisation', 'producer-consumer'],
  },
  {
    id: 'semaphore',
    group: 'cooperation',
    term: { zh: '信号量', en: 'semaphore' },
    aliases: { zh: ['Semaphore', 'BoundedSemaphore'], en: ['semaphores', 'Semaphore', 'threading.Semaphore', 'BoundedSemaphore'] },
    keyword: { zh: '信号量', en: 'semaphore' },
    definition: {
      zh: '一个带等待的计数器（threading.Semaphore）：release() 加一，acquire() 减一，计数为 0 时 acquire() 等待；常用来限制同时做某事的线程数。',
      en: 'A counter with waiting (threading.Semaphore): release() adds one, acquire() takes one and waits while the count is 0; often used to limit how many threads do something at once.',
    },
    taught: ['producer-consumer#semaphore', 'producer-consumer'],
  },
  {
    id: 'thread-local',
    group: 'cooperation',
    term: { zh: '线程局部变量', en: 'thread-local data' },
    aliases: { zh: ['ThreadLocal', 'threading.local', '线程本地'], en: ['ThreadLocal', 'threading.local', 'thread-local', 'thread local'] },
    keyword: { zh: 'ThreadLocal', en: 'ThreadLocal' },
    definition: {
      zh: '每个线程各看到自己一份值的对象（threading.local），免去层层传参，也不需要加锁。',
      en: 'An object (threading.local) whose attributes each thread sees its own copy of, so values need neither passing around nor locking.',
    },
    taught: ['thread-local#threading-local', 'thread-local#per-thread-data', 'thread-local'],
  },

  // Generators and coroutines
  {
    id: 'generator',
    group: 'generators',
    term: { zh: '生成器', en: 'generator' },
    aliases: { zh: ['生成器函数'], en: ['generator function'] },
    definition: {
      zh: '含有 yield 的函数调用后得到的对象：每次 next() 运行到下一个 yield，交出一个值后暂停。',
      en: 'What a function containing yield returns when called: each next() runs it to the next yield, which hands out a value and pauses.',
    },
    taught: ['coroutines#what-is-a-coroutine', 'coroutines#states', 'yield-from#flatten', 'coroutines'],
  },
  {
    id: 'yield',
    group: 'generators',
    term: { zh: 'yield 表达式', en: 'yield expression' },
    aliases: { zh: ['yield'], en: ['yield'] },
    keyword: { zh: 'yield', en: 'yield' },
    definition: {
      zh: '让生成器暂停并交出一个值；恢复时，yield 表达式的值就是 send() 送进来的值。',
      en: 'Pauses a generator and hands out a value; when it resumes, the yield expression evaluates to what send() passed in.',
    },
    taught: ['coroutines#what-is-a-coroutine', 'coroutines#send-returns', 'coroutines'],
  },
  {
    id: 'coroutine',
    group: 'generators',
    term: { zh: '协程', en: 'coroutine' },
    aliases: { en: ['coroutines'] },
    definition: {
      zh: '能在中途暂停、之后从暂停处继续的函数；它们主动让出控制权，在同一个线程里轮流运行。',
      en: 'A function that can pause partway and later resume where it stopped; coroutines give up control themselves and take turns in one thread.',
    },
    taught: ['coroutines#what-is-a-coroutine', 'asyncio#coroutine-objects', 'coroutines', 'asyncio'],
  },
  {
    id: 'prime',
    group: 'generators',
    term: { zh: '预激', en: 'priming' },
    aliases: { zh: ['预激协程', '激活生成器'], en: ['prime', 'priming a coroutine'] },
    keyword: { en: 'prime' },
    definition: {
      zh: '先调用一次 next()（或 send(None)），让生成器运行到第一个 yield，之后才能 send 值给它。',
      en: 'Calling next() (or send(None)) once so the generator runs to its first yield; only then can it be sent values.',
    },
    taught: ['coroutines#priming', 'coroutines'],
  },
  {
    id: 'send',
    group: 'generators',
    term: { zh: 'send 方法', en: 'send' },
    aliases: { zh: ['send()', 'send'], en: ['send()', 'generator.send'] },
    keyword: { zh: 'send' },
    definition: {
      zh: '恢复生成器，并把一个值作为当前 yield 表达式的结果送进去。',
      en: 'Resumes a generator, passing in a value that becomes the result of the paused yield expression.',
    },
    taught: ['coroutines#send-returns', 'yield-from#forwarding', 'coroutines'],
  },
  {
    id: 'throw',
    group: 'generators',
    term: { zh: 'throw 方法', en: 'throw' },
    aliases: { zh: ['throw()', 'throw'], en: ['throw()', 'generator.throw'] },
    keyword: { zh: 'throw' },
    definition: {
      zh: '在生成器暂停的那个 yield 处抛出一个异常，生成器可以捕获它后继续。',
      en: 'Raises an exception inside a generator at the yield where it is paused; the generator may catch it and carry on.',
    },
    taught: ['coroutines#throw', 'yield-from#forwarding', 'coroutines'],
  },
  {
    id: 'close',
    group: 'generators',
    term: { zh: 'close 方法', en: 'close' },
    aliases: { zh: ['close()', 'close', 'GeneratorExit'], en: ['close()', 'generator.close', 'GeneratorExit'] },
    keyword: { zh: 'close' },
    definition: {
      zh: '在暂停处抛出 GeneratorExit 来结束生成器，让它的 finally 得以执行。',
      en: 'Ends a generator by raising GeneratorExit where it is paused, so that its finally blocks run.',
    },
    taught: ['coroutines#close', 'coroutines'],
  },
  {
    id: 'stopiteration',
    group: 'generators',
    term: { zh: 'StopIteration 异常', en: 'StopIteration' },
    aliases: { zh: ['StopIteration'] },
    keyword: { zh: 'StopIteration' },
    definition: {
      zh: '生成器结束时抛出的异常；return 的值放在它的 value 属性里。',
      en: 'The exception raised when a generator finishes; the value it returned is in its value attribute.',
    },
    taught: ['coroutines#return-value', 'coroutines#pep-479', 'yield-from#for-loses-return', 'coroutines'],
  },
  {
    id: 'yield-from',
    group: 'generators',
    term: { zh: 'yield from 表达式', en: 'yield from' },
    aliases: { zh: ['yield from'] },
    keyword: { zh: 'yield from' },
    definition: {
      zh: '把工作委托给子生成器：外层与调用方之间的 send、throw、close 都直接传给它，并取回它的返回值。',
      en: 'Delegates to a subgenerator: send, throw and close pass straight through to it, and its return value comes back.',
    },
    taught: ['yield-from#delegating', 'yield-from#flatten', 'asyncio#async-await', 'yield-from'],
  },
  {
    id: 'delegating-generator',
    group: 'generators',
    term: { zh: '委派生成器', en: 'delegating generator' },
    aliases: { zh: ['委托生成器'], en: ['delegator'] },
    definition: {
      zh: '包含 yield from 表达式、把工作交给子生成器的那个生成器。',
      en: 'The generator that contains a yield from expression and hands its work to a subgenerator.',
    },
    taught: ['yield-from#delegating', 'yield-from'],
  },
  {
    id: 'subgenerator',
    group: 'generators',
    term: { zh: '子生成器', en: 'subgenerator' },
    aliases: { en: ['sub-generator'] },
    definition: {
      zh: 'yield from 后面的那个生成器，真正产出值、接收 send 的是它。',
      en: 'The generator after yield from: it is the one that really yields values and receives what is sent.',
    },
    taught: ['yield-from#delegating', 'yield-from#forwarding', 'yield-from'],
  },

  // Asynchronous programming and asyncio
  {
    id: 'sync-async',
    group: 'async',
    term: { zh: '同步与异步', en: 'synchronous and asynchronous' },
    aliases: { zh: ['同步', '异步'], en: ['sync', 'async', 'synchronous', 'asynchronous'] },
    keyword: { zh: '异步', en: 'asynchronous' },
    definition: {
      zh: '同步调用等结果出来才往下走；异步调用发出请求后先去做别的事，结果好了再回来处理。',
      en: 'A synchronous call waits for its result before going on; an asynchronous one starts the work, does other things, and handles the result when it is ready.',
    },
    taught: ['concepts#sync-and-async', 'concepts', 'asyncio'],
  },
  {
    id: 'blocking',
    group: 'async',
    term: { zh: '阻塞与非阻塞', en: 'blocking and non-blocking' },
    aliases: { zh: ['阻塞', '非阻塞'], en: ['blocking', 'non-blocking', 'nonblocking'] },
    keyword: { zh: '阻塞', en: 'blocking' },
    definition: {
      zh: '阻塞调用在等待期间让整个线程停住；非阻塞调用立刻返回，线程可以去做别的事。',
      en: 'A blocking call stops the whole thread while it waits; a non-blocking one returns at once and leaves the thread free.',
    },
    taught: ['concepts#blocking-and-non-blocking', 'coroutines#blocking', 'concepts'],
  },
  {
    id: 'concurrency-parallelism',
    group: 'async',
    term: { zh: '并发与并行', en: 'concurrency and parallelism' },
    aliases: { zh: ['并发', '并行'], en: ['concurrency', 'parallelism', 'concurrent', 'parallel'] },
    keyword: { zh: '并发', en: 'concurrency' },
    definition: {
      zh: '并发是多件事交替推进、在一段时间里都有进展；并行是多件事在同一时刻真正同时执行（需要多个核）。',
      en: 'Concurrency is several tasks making progress by taking turns; parallelism is several tasks running at the same instant, which needs several cores.',
    },
    taught: ['concepts#concurrency-and-parallelism', 'concepts#not-parallel', 'concepts'],
  },
  {
    id: 'event-loop',
    group: 'async',
    term: { zh: '事件循环', en: 'event loop' },
    definition: {
      zh: 'asyncio 的调度中心：在一个线程里轮流运行就绪的任务，并在 I/O 就绪或定时到期时唤醒等待者。',
      en: 'The scheduler at the heart of asyncio: it runs ready tasks in turn in one thread and wakes waiters when I/O is ready or a timer fires.',
    },
    taught: ['asyncio#event-loop', 'asyncio', 'concepts'],
  },
  {
    id: 'async-await',
    group: 'async',
    term: { zh: 'async 与 await', en: 'async and await' },
    aliases: { zh: ['async def', 'await'], en: ['async def', 'await'] },
    keyword: { zh: 'await', en: 'await' },
    definition: {
      zh: 'async def 定义协程函数；await 暂停当前协程，直到等待的对象完成，期间事件循环去运行别的任务。',
      en: 'async def defines a coroutine function; await pauses the coroutine until what it awaits is done, while the event loop runs other tasks.',
    },
    taught: ['asyncio#async-await', 'asyncio'],
  },
  {
    id: 'awaitable',
    group: 'async',
    term: { zh: '可等待对象', en: 'awaitable' },
    definition: {
      zh: '可以放在 await 后面的对象：协程、Task 和 Future 都是。',
      en: 'Anything that can follow await: coroutines, Tasks and Futures are all awaitables.',
    },
    taught: ['asyncio#awaitables', 'asyncio'],
  },
  {
    id: 'task',
    group: 'async',
    term: { zh: '任务（Task）', en: 'Task' },
    aliases: { zh: ['Task', 'create_task', '任务'], en: ['create_task', 'asyncio.Task', 'task'] },
    keyword: { zh: 'Task', en: 'Task' },
    definition: {
      zh: '交给事件循环并发运行的协程（asyncio.create_task 创建）；它本身也是一个 Future。',
      en: 'A coroutine handed to the event loop to run concurrently (created by asyncio.create_task); a Task is itself a Future.',
    },
    taught: ['asyncio#tasks', 'asyncio#create-task', 'asyncio'],
  },
  {
    id: 'callback',
    group: 'async',
    term: { zh: '回调', en: 'callback' },
    aliases: { zh: ['回调函数', 'add_done_callback'], en: ['callbacks', 'add_done_callback'] },
    definition: {
      zh: '事先交给别人的一个普通函数，事情做完时由对方调用，并把结果（或装着结果的对象）传给它。',
      en: 'A plain function handed over in advance, which the other side calls when the work is done, passing it the result (or an object holding it).',
    },
    taught: ['asyncio#results', 'concepts#three-ways-to-learn'],
  },
  {
    id: 'future',
    group: 'async',
    term: { zh: 'Future 对象', en: 'Future' },
    aliases: { zh: ['Future', '期物'], en: ['asyncio.Future', 'future'] },
    keyword: { zh: 'Future', en: 'Future' },
    definition: {
      zh: '代表一个将来才会有的结果的对象；结果设置好后，等待它的协程被唤醒。',
      en: 'An object standing for a result that will exist later; when the result is set, the coroutines awaiting it wake up.',
    },
    taught: ['asyncio#awaitables', 'asyncio'],
  },
  {
    id: 'gather',
    group: 'async',
    term: { zh: 'gather', en: 'gather' },
    aliases: { zh: ['asyncio.gather'], en: ['asyncio.gather'] },
    definition: {
      zh: '并发运行多个可等待对象，并按传入顺序返回它们全部的结果。',
      en: 'Runs several awaitables concurrently and returns all their results, in the order they were passed.',
    },
    taught: ['asyncio#gather', 'asyncio#template-gather', 'asyncio'],
  },
  {
    id: 'task-group',
    group: 'async',
    term: { zh: '任务组（TaskGroup）', en: 'TaskGroup' },
    aliases: { zh: ['TaskGroup', '任务组', 'asyncio.TaskGroup'], en: ['task group', 'asyncio.TaskGroup'] },
    keyword: { zh: 'TaskGroup', en: 'TaskGroup' },
    definition: {
      zh: '3.11 起成组运行任务、配合 async with 使用的上下文管理器：块内创建的任务全部结束它才退出；有一个任务失败，就取消其余任务并抛出 ExceptionGroup。',
      en: 'A context manager for async with, since 3.11, that runs tasks as a group: its block ends only when all of them have; if one fails, it cancels the rest and raises an ExceptionGroup.',
    },
    taught: ['asyncio#task-group', 'asyncio'],
  },
  {
    id: 'exception-group',
    group: 'async',
    term: { zh: '异常组（ExceptionGroup）', en: 'ExceptionGroup' },
    aliases: { zh: ['ExceptionGroup', '异常组', 'except*'], en: ['exception group', 'except*'] },
    keyword: { zh: 'ExceptionGroup', en: 'ExceptionGroup' },
    definition: {
      zh: '把几个异常包在一起抛出的异常（3.11 起）；用 except* 按类型取出其中的一部分。',
      en: 'An exception that carries several exceptions at once (since 3.11); except* takes out the part of it that matches a type.',
    },
    taught: ['asyncio#task-group'],
  },
  {
    id: 'cancel',
    group: 'async',
    term: { zh: '取消', en: 'cancellation' },
    aliases: { zh: ['cancel', 'CancelledError'], en: ['cancel', 'cancel()', 'CancelledError'] },
    keyword: { zh: '取消', en: 'cancel' },
    definition: {
      zh: '请求一个任务停止：它在当前 await 处收到 CancelledError，可以清理后结束。',
      en: 'Asking a task to stop: it receives CancelledError at the await where it is paused and can clean up before it ends.',
    },
    taught: ['asyncio#cancel', 'asyncio'],
  },
  {
    id: 'timeout',
    group: 'async',
    term: { zh: '超时', en: 'timeout' },
    aliases: { zh: ['wait_for', 'asyncio.timeout', 'TimeoutError'], en: ['wait_for', 'asyncio.timeout', 'TimeoutError', 'timeouts'] },
    definition: {
      zh: '给等待设定期限：到期后取消正在等待的任务，并抛出 TimeoutError。',
      en: 'A deadline on waiting: when it passes, the awaited task is cancelled and TimeoutError is raised.',
    },
    taught: ['asyncio#wait-for', 'asyncio#timeout', 'threads#thread-api', 'asyncio'],
  },
  {
    id: 'asyncio-run',
    group: 'async',
    term: { zh: 'asyncio.run', en: 'asyncio.run' },
    aliases: { zh: ['run_until_complete', 'get_event_loop'], en: ['run_until_complete', 'get_event_loop'] },
    keyword: { zh: 'asyncio.run', en: 'asyncio.run' },
    definition: {
      zh: '程序进入 asyncio 世界的入口：新建事件循环，运行给定的协程直到结束，然后关闭循环。',
      en: 'The entry point into asyncio: it creates an event loop, runs the given coroutine to completion and closes the loop.',
    },
    taught: ['asyncio#asyncio-run', 'asyncio#runner', 'what-changed#asyncio', 'asyncio'],
  },
  {
    id: 'to-thread',
    group: 'async',
    term: { zh: 'asyncio.to_thread', en: 'asyncio.to_thread' },
    aliases: { zh: ['to_thread'], en: ['to_thread'] },
    definition: {
      zh: '3.9 起提供：把一个会阻塞的普通函数放到另一个线程里运行，协程 await 它的结果，事件循环不被卡住。',
      en: 'Since 3.9: runs a blocking ordinary function in another thread and lets a coroutine await its result, so the event loop is not held up.',
    },
    taught: ['asyncio#to-thread', 'asyncio'],
  },
  {
    id: 'asyncio-queue',
    group: 'async',
    term: { zh: 'asyncio.Queue', en: 'asyncio.Queue' },
    definition: {
      zh: '同一个事件循环里的协程之间用的队列：put() 和 get() 要 await，只暂停等待的任务；它不是线程安全的。',
      en: 'A queue between coroutines of one event loop: put() and get() are awaited and pause only the waiting task; it is not thread-safe.',
    },
    taught: ['producer-consumer#asyncio-queue'],
  },
  {
    id: 'api-layers',
    group: 'async',
    term: { zh: '高层 API 与低层 API', en: 'high-level and low-level API' },
    aliases: { zh: ['高层 API', '低层 API'], en: ['high-level API', 'low-level API'] },
    keyword: { zh: '低层 API', en: 'low-level API' },
    definition: {
      zh: 'asyncio 的两层：应用代码日常用的协程、任务、流、同步原语、子进程、队列；以及它们底下的事件循环、Future、传输、协议、策略。',
      en: "asyncio's two layers: coroutines, tasks, streams, synchronisation primitives, subprocesses and queues for everyday code; the event loop, Futures, transports, protocols and policies underneath.",
    },
    taught: ['asyncio#api-layers', 'asyncio'],
  },
  {
    id: 'run-in-executor',
    group: 'async',
    term: { zh: 'run_in_executor', en: 'run_in_executor' },
    aliases: { zh: ['执行器'], en: ['executor', 'loop.run_in_executor'] },
    definition: {
      zh: '事件循环的方法：把一个会阻塞的函数交给线程池或进程池执行，立即返回一个可以 await 的 asyncio Future。',
      en: 'An event loop method that hands a blocking function to a thread or process pool and returns at once an asyncio Future to await.',
    },
    taught: ['asyncio#run-in-executor', 'asyncio'],
  },
  {
    id: 'thread-safe',
    group: 'async',
    term: { zh: '线程安全', en: 'thread-safe' },
    aliases: { zh: ['call_soon_threadsafe', 'run_coroutine_threadsafe'], en: ['thread safety', 'call_soon_threadsafe', 'run_coroutine_threadsafe'] },
    definition: {
      zh: '可以同时被多个线程调用而不出错。asyncio 的任务和事件循环都不是线程安全的，别的线程要经 call_soon_threadsafe 或 run_coroutine_threadsafe 交给循环。',
      en: 'Safe to call from several threads at once. asyncio tasks and event loops are not: other threads go through call_soon_threadsafe or run_coroutine_threadsafe.',
    },
    taught: ['asyncio#task-threads', 'asyncio'],
  },
];
