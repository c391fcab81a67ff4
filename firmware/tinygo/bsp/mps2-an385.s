// Interrupt vector of the mptest firmware on QEMU's mps2-an385 (Cortex-M3):
// the 16 system exceptions and the board's 32 external interrupts. Only
// SysTick and UART0 RX have handlers (in TinyGo's runtime, file
// runtime_mptest_mps2.go); the rest go to Default_Handler.

.cfi_sections .debug_frame
.syntax unified

.section .text.Default_Handler
.global  Default_Handler
.type    Default_Handler, %function
Default_Handler:
    .cfi_startproc
    wfe
    b    Default_Handler
    .cfi_endproc
.size Default_Handler, .-Default_Handler

.macro IRQ handler
    .weak  \handler
    .set   \handler, Default_Handler
.endm

.section .isr_vector, "a", %progbits
.global  __isr_vector
__isr_vector:
    .long _stack_top
    .long Reset_Handler
    .long NMI_Handler
    .long HardFault_Handler
    .long MemoryManagement_Handler
    .long BusFault_Handler
    .long UsageFault_Handler
    .long 0
    .long 0
    .long 0
    .long 0
    .long SVC_Handler
    .long DebugMon_Handler
    .long 0
    .long PendSV_Handler
    .long SysTick_Handler
    // External interrupts 0..31 (AN385: 0 UART0 RX, 1 UART0 TX, ...).
    .long UART0RX_Handler
    .rept 31
    .long Default_Handler
    .endr

    IRQ NMI_Handler
    IRQ HardFault_Handler
    IRQ MemoryManagement_Handler
    IRQ BusFault_Handler
    IRQ UsageFault_Handler
    IRQ SVC_Handler
    IRQ DebugMon_Handler
    IRQ PendSV_Handler
    IRQ SysTick_Handler
    IRQ UART0RX_Handler

.size __isr_vector, .-__isr_vector
